"""Business invoices as companies send them, in the languages we read.

Each page is built as OCR boxes (text, x, y) in the layout a common accounting tool or
a small firm's letter prints, and read by the rules. Each names one way the rules were
confidently wrong on such a layout: an order date taken for the issue date, the
addressee for the issuer, a share capital for the tax.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.parties import clean_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import line

GERMAN_SHOP = page(
    ("Tee & Mehr Handels GmbH · Hafenstraße 9 · 48153 Münster", 157, 352),
    ("Rechnung", 984, 356),
    ("Miriam Schulte", 157, 443),
    ("Kundennummer:", 984, 427),
    ("40123", 1430, 427),
    ("Bestellnummer:", 984, 461),
    ("AU-2026-20871", 1329, 461),
    ("Gartenweg 12", 157, 479),
    ("Bestelldatum:", 984, 496),
    ("03.03.2026", 1378, 496),
    ("33602 Bielefeld", 157, 525),
    ("Rechnungsnummer:", 984, 525),
    ("RE2026-10234", 1337, 525),
    ("Rechnungsdatum:", 984, 565),
    ("05.03.2026", 1378, 565),
    ("Darjeeling First Flush 2026, 100 g", 299, 864),
    ("25,80 €", 1417, 864),
    ("Gesamtsumme", 929, 1147),
    ("25,80 €", 1403, 1147),
    ("enthaltene MwSt. 7 %", 929, 1194),
    ("1,69 €", 1430, 1194),
    ("Tee & Mehr Handels GmbH", 157, 2123),
    ("Amtsgericht Münster HRB 18234", 492, 2123),
    ("USt-IdNr.: DE301234567", 492, 2172),
)


def test_an_order_date_above_the_invoice_date_is_not_the_issue_date():
    invoice = read(GERMAN_SHOP)

    assert invoice.issue_date == "2026-03-05"
    assert invoice.invoice_number == "RE2026-10234"


def test_the_addressee_under_spett_le_is_the_customer_not_the_issuer():
    invoice = read(
        page(
            ("Studio Tecnico Ing. Marco Bianchi", 157, 133),
            ("Corso Vittorio Emanuele II 56", 157, 167),
            ("10123 Torino (TO)", 157, 200),
            ("P.IVA 11223344556 - C.F. BNCMRC78C15L219X", 157, 233),
            ("Spett.le", 945, 352),
            ("Edil Costruzioni S.r.l.", 945, 388),
            ("Via Garibaldi 45", 945, 424),
            ("10122 Torino (TO)", 945, 460),
            ("P.IVA 09876543210", 945, 497),
            ("FATTURA N. 12/2026 del 05/03/2026", 157, 598),
            ("Onorario per direzione lavori", 157, 795),
            ("2.500,00", 1399, 795),
            ("Totale imponibile", 827, 921),
            ("2.500,00", 1399, 921),
            ("IVA 22%", 827, 965),
            ("550,00", 1420, 965),
            ("Totale fattura", 827, 1007),
            ("3.050,00", 1399, 1007),
        )
    )

    assert invoice.vendor == "Studio Tecnico Ing. Marco Bianchi"
    assert invoice.total == 3050.0


def test_a_share_capital_beside_the_vat_number_is_no_tax_and_a_fattura_wants_its_number():
    invoice = read(
        page(
            ("Ferramenta Lombarda S.r.l.", 157, 120),
            ("Via Milano 12, 20121 Milano", 157, 160),
            ("P.IVA 01234567890 - Cap. soc. € 50.000,00 i.v.", 157, 200),
            ("FATTURA", 157, 400),
            ("Data", 900, 400),
            ("05/03/2026", 1200, 400),
            ("Viti e bulloni assortiti", 157, 600),
            ("100,00", 1400, 600),
            ("Totale imponibile", 827, 800),
            ("100,00", 1400, 800),
            ("IVA 22%", 827, 840),
            ("22,00", 1400, 840),
            ("Totale documento", 827, 880),
            ("122,00", 1400, 880),
            ("Modalità di pagamento: bonifico bancario a 30 gg data fattura", 157, 1000),
        )
    )

    assert (invoice.tax, invoice.total) == (22.0, 122.0)
    assert "invoice_number" in needs_review(invoice, checks(invoice))


def test_dutch_totals_name_the_net_sum_and_the_tax():
    invoice = read(
        page(
            ("Van Dijk Horeca Groothandel B.V.", 157, 120),
            ("FACTUUR", 157, 606),
            ("Friet 10 mm diepvries, 4 x 2,5 kg", 315, 880),
            ("128,40", 1424, 880),
            ("Koffiebonen Espresso Blend, 1 kg", 315, 924),
            ("178,00", 1424, 924),
            ("Totaal excl. btw", 984, 1148),
            ("€ 306,40", 1399, 1148),
            ("Totaal btw", 984, 1191),
            ("€ 27,58", 1413, 1191),
            ("Totaal incl. btw", 984, 1242),
            ("€ 333,98", 1388, 1242),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (306.40, 27.58, 333.98)


def test_labour_costs_contained_in_the_invoice_amount_are_no_total():
    invoice = read(
        page(
            ("Malerbetrieb Krause", 576, 92),
            ("Birkenweg 14 · 04129 Leipzig · Tel. 0341 9012345", 470, 208),
            ("Rechnung Nr. 118/26 vom 05.03.2026", 157, 648),
            ("Dispersionsanstrich weiß, 2-fach", 236, 1149),
            ("4.140,60 EUR", 1336, 1149),
            ("Summe netto", 1024, 1318),
            ("4.140,60 EUR", 1336, 1318),
            ("zzgl. 19 % MwSt.", 1024, 1361),
            ("786,71 EUR", 1357, 1361),
            ("Endsumme", 1024, 1418),
            ("4.927,31 EUR", 1317, 1418),
            (
                "Im Rechnungsbetrag enthaltene Lohnkosten gem. § 35a EStG: 1.740,00 EUR zzgl. "
                "MwSt. (2.070,60 EUR brutto).",
                157,
                1508,
            ),
        )
    )

    assert invoice.total == 4927.31
    assert "total" not in needs_review(invoice, checks(invoice))


def test_a_credit_notes_original_invoice_date_is_not_its_own():
    invoice = read(
        page(
            ("CREDIT NOTE", 111, 113),
            ("Orchard Linen Hire Ltd", 1167, 243),
            ("Date", 750, 243),
            ("3 Mar 2025", 750, 276),
            ("Credit Note Number", 750, 311),
            ("CN-0019", 750, 343),
            ("Tablecloth hire - returned unused", 111, 672),
            ("114.00", 1469, 672),
            ("TOTAL GBP", 1111, 876),
            ("114.00", 1465, 876),
            ("This credit has been allocated against your account. Original invoice INV-0311 "
             "dated 12 Feb 2025.", 111, 1005),
        )
    )

    assert invoice.issue_date == "2025-03-03"


def test_austrian_and_italian_month_names_are_read():
    assert read(page(("Rechnungsdatum: 15. Jänner 2026", 900, 300))).issue_date == "2026-01-15"
    assert read(page(("Data fattura: 5 marzo 2026", 900, 300))).issue_date == "2026-03-05"
    assert read(page(("Data fattura: 12 settembre 2025", 900, 300))).issue_date == "2025-09-12"


def test_a_canadian_dollar_sign_is_not_read_as_australian():
    assert guess_currency("Subtotal CA$2,360.00\nHST 13% CA$306.80\nTotal CA$2,666.80")[0] == (
        "CAD"
    )
    assert guess_currency("Total A$120.00")[0] == "AUD"


def test_a_spanish_total_row_is_no_vendor():
    invoice = read(
        page(
            ("Laura García Martín", 157, 125),
            ("FACTURA", 1228, 125),
            ("Diseño gráfico e ilustración", 157, 198),
            ("NIF: 12345678Z", 157, 230),
            ("C/ Sueca 34, 3º 2ª", 157, 261),
            ("46006 Valencia", 157, 293),
            ("Cliente:", 945, 418),
            ("Nº factura: 2026/015", 157, 432),
            ("Estudio Creativo Mediterráneo, S.L.", 945, 455),
            ("Fecha: 05/03/2026", 157, 471),
            ("CIF: B98765432", 945, 490),
            ("Concepto", 157, 668),
            ("Importe", 1399, 668),
            ("Diseño de identidad corporativa (logotipo y manual)", 157, 727),
            ("1.800,00 €", 1371, 727),
            ("Base imponible", 984, 861),
            ("1.800,00 €", 1371, 861),
            ("IVA (21 %)", 984, 908),
            ("378,00 €", 1393, 908),
            ("TOTAL FACTURA", 984, 1014),
            ("2.178,00 €", 1352, 1014),
            ("Forma de pago: transferencia bancaria", 157, 1130),
            ("IBAN: ES91 2100 0418 4502 0005 1332 (CaixaBank)", 157, 1165),
        )
    )

    assert invoice.vendor == "Laura García Martín"
    assert invoice.total == 2178.0


def test_a_retainer_applied_leaves_the_invoice_total_as_the_total():
    invoice = read(
        page(
            ("HARGROVE & PATEL LLP", 531, 94),
            ("Invoice No.:", 1056, 336),
            ("2025-0318", 1306, 336),
            ("Invoice Date:", 1056, 375),
            ("April 2, 2025", 1306, 375),
            ("Total Professional Services", 375, 1224),
            ("$9,576.00", 1456, 1224),
            ("Total Disbursements", 375, 1396),
            ("$455.60", 1475, 1396),
            ("Total Professional Services", 833, 1551),
            ("$9,576.00", 1450, 1551),
            ("Total Disbursements", 833, 1601),
            ("$455.60", 1471, 1601),
            ("TOTAL CURRENT INVOICE", 833, 1650),
            ("$10,031.60", 1436, 1650),
            ("Less: Retainer Applied", 833, 1701),
            ("($5,000.00)", 1432, 1701),
            ("BALANCE DUE", 833, 1750),
            ("$5,031.60", 1450, 1750),
        )
    )

    assert invoice.total == 10031.60
    assert "total" not in needs_review(invoice, checks(invoice))


def test_a_payment_already_made_leaves_the_invoice_total_as_the_total():
    invoice = read(
        page(
            ("INVOICE", 1315, 81),
            ("Kestrel Data Consulting LLC", 1273, 182),
            ("BILL TO", 111, 477),
            ("Invoice Number:", 1110, 477),
            ("1093", 1533, 477),
            ("Granite Peak Health", 111, 517),
            ("Invoice Date:", 1150, 517),
            ("February 10, 2025", 1385, 517),
            ("Amount Due (USD):", 1072, 605),
            ("$1,750.00", 1478, 605),
            ("Data pipeline audit", 133, 848),
            ("$3,500.00", 1458, 848),
            ("Total:", 1238, 1143),
            ("$3,500.00", 1458, 1143),
            ("Payment on February 11, 2025 using a bank payment:", 702, 1187),
            ("$1,750.00", 1458, 1187),
            ("Amount Due (USD):", 1046, 1251),
            ("$1,750.00", 1446, 1251),
        )
    )

    assert invoice.total == 3500.0
    assert "total" not in needs_review(invoice, checks(invoice))


def test_open_items_added_to_the_amount_due_leave_the_gross_sum_as_the_total():
    invoice = read(
        page(
            ("Versicherung AG", 157, 100),
            ("Rechnung", 157, 300),
            ("Rechnungssumme ohne USt.", 157, 1552),
            ("220,00", 1200, 1552),
            ("Steuerbetrag", 157, 1635),
            ("0,00", 1200, 1635),
            ("Bruttosumme", 157, 1717),
            ("220,00", 1200, 1717),
            ("Offene Zahlungen", 157, 1800),
            ("220,00", 1200, 1800),
            ("Zahlbetrag", 157, 1880),
            ("440,00", 1200, 1880),
        )
    )

    assert invoice.total == 220.0


def test_a_guests_company_is_no_issuer_when_the_footer_names_the_hotels():
    invoice = read(
        page(
            ("Mr Daniel Whitaker", 139, 281),
            ("Room No.", 972, 281),
            ("Whitaker Consulting Ltd", 139, 317),
            ("Arrival", 972, 317),
            ("22 Elm Road", 139, 353),
            ("Leeds", 139, 389),
            ("Invoice No.", 972, 498),
            (": 60321", 1194, 498),
            ("Date", 972, 570),
            (": 15/03/2025", 1194, 570),
            ("INVOICE", 740, 660),
            ("Accommodation", 333, 809),
            ("450.00", 1174, 809),
            ("Total", 833, 1264),
            ("450.00", 1174, 1264),
            ("Balance", 833, 1309),
            ("0.00 GBP", 1401, 1309),
            (
                "The Grand Harbour Hotel · 1 Harbour Way, Portsmouth PO1 3TY · "
                "www.grandharbourhotel.co.uk",
                297,
                2154,
            ),
            (
                "Grand Harbour Hotels Limited · Registered in England & Wales No. 04512873 · "
                "VAT Reg No. GB 812 3456 71",
                346,
                2187,
            ),
        )
    )

    assert invoice.vendor == "Grand Harbour Hotels Limited"


def test_the_legal_mentions_name_the_issuer_before_its_share_capital():
    invoice = read(
        page(
            ("FACTURE", 1231, 104),
            ("12 rue des Tanneurs", 157, 182),
            ("69002 Lyon", 157, 214),
            ("N° de facture :", 157, 369),
            ("F2026-0087", 488, 369),
            ("Hôtel Le Beaujolais SAS", 913, 369),
            ("Date de facturation :", 157, 405),
            ("05/03/2026", 488, 405),
            ("Service comptabilité", 913, 405),
            ("45 quai Saint-Antoine", 913, 442),
            ("Pose et raccordement (forfait)", 157, 913),
            ("880,00 €", 1399, 913),
            ("Total TTC", 953, 1070),
            ("880,00 €", 1362, 1070),
            ("IBAN : FR76 3000 4008 2800 0123 4567 890 – BIC : BNPAFRPPXXX", 157, 1333),
            (
                "Atelier Lumière SARL au capital de 8 000 € – 12 rue des Tanneurs, 69002 Lyon – "
                "RCS Lyon 852 123 456",
                372,
                2210,
            ),
            ("SIRET 852 123 456 00018 – N° TVA intracommunautaire : FR45 852123456", 409, 2238),
        )
    )

    assert invoice.vendor == "Atelier Lumière SARL"


def test_a_us_bills_footer_names_the_issuer_with_its_address_and_site():
    invoice = read(
        page(
            ("Account number", 1111, 100),
            ("8774 10 123 4567890", 1359, 100),
            ("Invoice number", 1111, 136),
            ("2502-558127", 1450, 136),
            ("Statement date", 1111, 172),
            ("Feb 20, 2025", 1448, 172),
            ("SARAH K LINDQVIST", 111, 281),
            ("LINDQVIST DESIGN LLC", 111, 315),
            ("77 BIRCH LN", 111, 349),
            ("MADISON WI 53703-2214", 111, 384),
            ("Monthly service", 144, 706),
            ("$141.98", 1021, 706),
            ("Total amount due", 144, 848),
            ("$141.98", 1001, 848),
            (
                "SummitLink Communications, LLC · 1 Summit Plaza, Philadelphia, PA 19103 · "
                "summitlink.com",
                403,
                2069,
            ),
        )
    )

    assert invoice.vendor == "SummitLink Communications, LLC"


def test_an_earlier_invoice_deducted_below_the_items_does_not_date_this_one():
    invoice = read(
        page(
            ("Elektro Meier GmbH", 157, 106),
            ("Rechnungsnummer", 929, 425),
            ("2026-0211", 1383, 425),
            ("Rechnungsdatum", 929, 461),
            ("02.03.2026", 1378, 461),
            ("Angebot vom", 929, 532),
            ("14.10.2025", 1378, 532),
            ("Schlussrechnung Nr. 2026-0211", 157, 729),
            ("Zählerschrank inkl. Unterverteilung", 236, 995),
            ("10.000,00", 1404, 995),
            ("Summe Leistungen netto", 772, 1296),
            ("10.000,00", 1385, 1296),
            ("zzgl. 19 % MwSt.", 772, 1335),
            ("1.900,00", 1399, 1335),
            ("Gesamtbetrag brutto", 772, 1382),
            ("11.900,00", 1385, 1382),
            ("abzgl. Abschlagsrechnung Nr. 2026-0102 vom 26.01.2026", 772, 1431),
            ("-5.950,00", 1377, 1463),
            ("Noch zu zahlender Betrag", 772, 1513),
            ("5.950,00 €", 1349, 1513),
        )
    )

    assert invoice.issue_date == "2026-03-02"



def test_the_sum_row_of_an_item_table_labels_its_last_amount_the_total():
    invoice = read(
        page(
            ("Tax Invoice/Bill of Supply/Cash Memo", 912, 99),
            ("Sold By :", 100, 237),
            ("Billing Address :", 1325, 237),
            ("Appario Retail Private Ltd", 100, 274),
            ("Rahul Mehta", 1407, 274),
            ("GST Registration No: 29AAQCA2561K1ZN", 100, 513),
            ("Invoice Number : BLR7-1489207", 1128, 899),
            ("Invoice Date : 12.02.2025", 1214, 971),
            ("boAt Rockerz 450 Bluetooth On Ear Headphones", 161, 1134),
            ("₹1,269.49", 811, 1134),
            ("₹228.51", 1178, 1134),
            ("₹1,498.00", 1325, 1134),
            ("TOTAL:", 106, 1366),
            ("₹228.51", 1163, 1366),
            ("₹1,498.00", 1305, 1366),
            ("Amount in Words:", 106, 1422),
            ("One Thousand Four Hundred Ninety-eight only", 106, 1455),
        )
    )

    assert invoice.total == 1498.0
    assert invoice.vendor == "Appario Retail Private Ltd"


def test_a_taglines_founding_year_is_no_address_above_the_legal_name():
    invoice = read(
        page(
            ("Ferramenta Lombarda", 159, 99),
            ("forniture per l'edilizia dal 1968", 159, 139),
            ("FERRAMENTA LOMBARDA S.R.L.", 153, 180),
            ("Via dell'Industria 22 - 24047 Treviglio (BG)", 152, 212),
            ("Tel. 0363 123456 - info@ferramentalombarda.it", 152, 242),
            ("P.IVA e C.F. 02345670161 - REA BG-289456", 149, 272),
            ("Spett.le", 923, 351),
            ("IDRAULICA BERGAMASCA SNC", 925, 391),
            ("Via Broseta 71", 925, 462),
            ("FATTURA N. 245/A del 05/03/2026", 150, 700),
            ("Raccordi in ottone", 150, 900),
            ("1.751,05", 1400, 900),
            ("Totale documento", 900, 1100),
            ("1.751,05", 1400, 1100),
        )
    )

    assert invoice.vendor == "FERRAMENTA LOMBARDA S.R.L."


def test_a_web_address_of_initials_and_a_word_backs_the_seller_over_the_customers_tax_id():
    """Odoo's layout: the seller's address at the top left, the customer's at the right
    with its tax id under it, the seller's own id only in the footer beside its site."""
    invoice = read(
        page(
            ("LEVANTE", 110, 80),
            ("Suministros Técnicos Levante, S.L.", 110, 200),
            ("C/ de la Industria, 42", 110, 240),
            ("46988 Paterna (Valencia)", 110, 280),
            ("España", 110, 320),
            ("Hostelería Marítima Alborán, S.L.", 900, 320),
            ("Paseo Marítimo Pablo Ruiz Picasso, 11", 900, 360),
            ("29016 Málaga", 900, 400),
            ("NIF: ESB29876543", 900, 480),
            ("Factura INV/2024/00087", 110, 600),
            ("Fecha de factura:", 110, 680),
            ("14/10/2024", 110, 720),
            ("Compresor scroll 5 CV", 110, 820),
            ("1.845,00 €", 1300, 820),
            ("Total", 900, 1000),
            ("1.845,00 €", 1300, 1000),
            (
                "+34 963 41 22 87 | administracion@stl-levante.es | https://www.stl-levante.es"
                " | CIF: B98765432",
                200,
                2100,
            ),
        )
    )

    assert invoice.vendor == "Suministros Técnicos Levante, S.L."


def test_a_registered_name_with_the_balance_due_beside_it_is_still_the_name():
    """Zoho's layout sets the balance due (in lakhs: `1,45,140.00`) level with the
    seller's registered name; a name is no item's label for an amount beside it."""
    invoice = read(
        page(
            ("TAX INVOICE", 1100, 60),
            ("S", 111, 120),
            ("sahyadri digital", 160, 120),
            ("Balance Due", 1100, 180),
            ("Sahyadri Digital Solutions Private Limited", 111, 240),
            ("1,45,140.00", 1150, 240),
            ("3rd Floor, Prestige Atrium, 1 Central Street", 111, 280),
            ("GSTIN 29AAKCS4471M1Z2", 111, 360),
            ("Bill To", 111, 460),
            ("Invoice Date :", 900, 460),
            ("18/06/2025", 1150, 460),
            ("Kaveri Organics LLP", 111, 500),
            ("Shopify store development", 111, 700),
            ("1,23,000.00", 1150, 700),
            ("Total", 900, 1000),
            ("₹1,45,140.00", 1150, 1000),
        )
    )

    assert invoice.vendor == "Sahyadri Digital Solutions Private Limited"


def test_a_footer_dot_read_as_a_full_stop_still_parts_its_statements():
    invoice = read(
        page(
            ("Invoice number", 1111, 136),
            ("2502-558127", 1450, 136),
            ("LINDQVIST DESIGN LLC", 111, 315),
            ("77 BIRCH LN", 111, 349),
            ("Monthly service", 144, 706),
            ("$141.98", 1021, 706),
            ("Total amount due", 144, 848),
            ("$141.98", 1001, 848),
            (
                "SummitLink Communications, LLC . 1 Summit Plaza, Philadelphia, PA 19103 . "
                "summitlink.com",
                403,
                2069,
            ),
        )
    )

    assert invoice.vendor == "SummitLink Communications, LLC"


def test_tax_printed_per_rate_is_summed_into_the_tax():
    invoice = read(
        page(
            ("Feinkost Rossi e.K.", 157, 100),
            ("Rechnung", 157, 400),
            ("Chianti Classico DOCG 2021, 0,75 l", 228, 1143),
            ("571,60 €", 1404, 1143),
            ("Gesamtbetrag netto", 945, 1244),
            ("1.420,75 €", 1378, 1244),
            ("zzgl. Umsatzsteuer 7 %", 945, 1283),
            ("59,44 €", 1413, 1283),
            ("zzgl. Umsatzsteuer 19 %", 945, 1323),
            ("108,60 €", 1399, 1323),
            ("Gesamtbetrag brutto", 945, 1376),
            ("1.588,79 €", 1371, 1376),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (1420.75, 168.04, 1588.79)
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, checks(invoice)))


def test_canadian_gst_and_pst_together_are_the_tax():
    invoice = read(
        page(
            ("Maple & Birch Digital Inc.", 111, 100),
            ("Subtotal", 1214, 976),
            ("4,400.00", 1492, 976),
            ("GST (5%)", 1194, 1021),
            ("220.00", 1512, 1021),
            ("PST (7%)", 1197, 1065),
            ("308.00", 1526, 1065),
            ("Total", 1250, 1110),
            ("4,928.00", 1492, 1110),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (4400.0, 528.0, 4928.0)


def test_indian_digit_grouping_is_read():
    invoice = read(
        page(
            ("SHARMA ELECTRICALS PVT. LTD.", 150, 100),
            ("Taxable Value", 900, 800),
            ("1,15,415.00", 1300, 800),
            ("Grand Total", 900, 900),
            ("₹1,36,190.00", 1300, 900),
        )
    )

    assert invoice.total == 136190.0


def test_a_service_provider_heading_names_the_issuer_at_the_foot_of_a_cloud_bill():
    invoice = read(
        page(
            ("Amazon Web Services Invoice", 1069, 104),
            ("Bill to Address:", 111, 254),
            ("ATTN: Accounts Payable", 111, 286),
            ("Acme Robotics Inc", 111, 334),
            ("Invoice Number:", 944, 334),
            ("2143870566", 1422, 334),
            ("San Francisco, CA, 94105, US", 111, 385),
            ("Invoice Date:", 944, 385),
            ("March 2 , 2025", 1394, 385),
            ("AWS Service Charges", 111, 920),
            ("$1,472.08", 1478, 920),
            ("Charges", 156, 965),
            ("$1,372.57", 1478, 965),
            ("Tax *", 156, 1054),
            ("$99.51", 1512, 1054),
            ("Total for this invoice", 111, 1107),
            ("USD 1,472.08", 1414, 1107),
            ("Service Provider:", 111, 1640),
            ("Amazon Web Services, Inc.", 111, 1673),
            ("410 Terry Avenue North", 111, 1702),
            ("Seattle, WA 98109-5210, US", 111, 1731),
        )
    )

    assert invoice.vendor == "Amazon Web Services, Inc."
    assert invoice.issue_date == "2025-03-02"
    assert invoice.charges is None
    assert invoice.total == 1472.08


def test_a_tax_larger_than_any_rate_makes_of_the_total_is_left_for_review():
    invoice = read(
        page(
            ("Appario Retail Private Ltd", 100, 274),
            ("Invoice Number : BLR7-1489207", 1128, 899),
            ("Invoice Date : 12.02.2025", 1214, 971),
            ("boAt Rockerz 450 Bluetooth Headphones", 161, 1134),
            ("₹1,269.49", 811, 1134),
            ("9%", 973, 1134),
            ("CGST", 1054, 1134),
            ("₹114.25", 1178, 1134),
            ("₹1,498.00", 1325, 1134),
            ("Amazon Basics USB-C Cable", 161, 1245),
            ("₹349.00", 1344, 1245),
            ("TOTAL:", 106, 1366),
            ("₹1,847.00", 1305, 1366),
        )
    )

    assert invoice.total == 1847.0
    assert invoice.tax is None or "tax" in needs_review(invoice, checks(invoice))


def test_an_indian_gst_invoice_sums_cgst_and_sgst_after_its_round_off():
    invoice = read(
        page(
            ("SHARMA ELECTRICALS PVT. LTD.", 150, 100),
            ("Total Taxable Value", 847, 972),
            ("1,15,415.00", 1421, 972),
            ("Add : CGST @ 9%", 847, 1011),
            ("10,387.35", 1442, 1011),
            ("Add : SGST @ 9%", 847, 1050),
            ("10,387.35", 1442, 1050),
            ("Round Off", 847, 1089),
            ("+0.30", 1487, 1089),
            ("Grand Total", 847, 1134),
            ("₹ 1,36,190.00", 1340, 1134),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (115415.0, 20774.7, 136190.0)
    assert invoice.rounding == 0.30
    assert next(c for c in checks(invoice) if c.name == "totals").ok


def test_a_receipt_or_fee_notes_own_number_label_is_read():
    ricevuta = read(
        page(
            ("Trattoria Da Gino", 150, 100),
            ("RICEVUTA N. 245", 150, 300),
            ("Data: 05/03/2026", 900, 300),
            ("Totale", 900, 800),
            ("48,00 €", 1300, 800),
        )
    )
    honorarnote = read(
        page(
            ("Dr. med. Eva Huber", 150, 100),
            ("HONORARNOTE Nr. 2025-0187", 150, 300),
            ("Gesamtbetrag", 900, 800),
            ("180,00 €", 1300, 800),
        )
    )

    assert ricevuta.invoice_number == "245"
    assert honorarnote.invoice_number == "2025-0187"


def test_an_amount_to_pay_label_is_no_issuer_and_a_uen_is_no_part_of_the_name():
    assert read(
        page(
            ("Netto a pagare", 150, 100),
            ("Ing. Marco Bellini", 150, 200),
            ("Via Roma 1, 20121 Milano", 150, 240),
            ("P.IVA 01234567890", 150, 280),
        )
    ).vendor != "Netto a pagare"
    assert read(
        page(
            ("Smile Harbour Dental Pte. Ltd. (UEN 201812345K)", 150, 100),
            ("TAX INVOICE", 150, 300),
            ("Total", 900, 800),
            ("S$120.00", 1300, 800),
        )
    ).vendor == "Smile Harbour Dental Pte. Ltd."


THERAPY_FEE_NOTE = page(
    ("Mag. Dr. Eva Hofer", 157, 140),
    ("Psychotherapeutin", 157, 176),
    ("Lindengasse 14/3, 1070 Wien", 157, 212),
    ("Herrn", 157, 400),
    ("Stefan Gruber", 157, 436),
    ("Hauptstraße 8", 157, 472),
    ("2340 Mödling", 157, 508),
    ("HONORARNOTE Nr. 2025-017", 157, 640),
    ("Behandlungsdatum:", 157, 720),
    ("03.02.2025", 560, 720),
    ("Psychotherapeutische Einzelsitzung, 50 Minuten", 157, 800),
    ("95,00 €", 1400, 800),
    ("Gesamtbetrag", 157, 880),
    ("95,00 €", 1400, 880),
    ("Umsatzsteuerfrei gemäß § 6 Abs. 1 Z 19 UStG.", 157, 960),
    ("Wien, 12.02.2025", 157, 1100),
    ("IBAN AT61 1904 3002 3457 3201", 157, 2100),
)


def test_a_letters_place_and_date_dates_it_not_the_treatment_it_bills():
    invoice = read(THERAPY_FEE_NOTE)

    assert invoice.issue_date == "2025-02-12"
    assert invoice.invoice_number == "2025-017"
    assert invoice.total == 95.0


def test_the_date_of_service_is_not_the_date_the_bill_was_issued():
    invoice = read(
        page(
            ("Northside Dental Care", 157, 140),
            ("12 Harbour Road, Galway H91 X2Y4", 157, 176),
            ("Patient: Aoife Brennan", 157, 400),
            ("Invoice 30118", 157, 480),
            ("Date of service: 14/01/2025", 157, 560),
            ("Scale and polish", 157, 640),
            ("€85.00", 1400, 640),
            ("Total due", 157, 720),
            ("€85.00", 1400, 720),
            ("Issued 20/01/2025", 157, 900),
        )
    )

    assert invoice.issue_date == "2025-01-20"


def test_a_credit_notes_total_credit_is_its_total():
    invoice = read(
        page(
            ("Thornbury Lab Supplies Ltd", 157, 140),
            ("CREDIT NOTE", 1100, 140),
            ("Credit note no:", 900, 300),
            ("CN-004127", 1200, 300),
            ("Date:", 900, 340),
            ("11 Aug 2025", 1200, 340),
            ("GLV-NIT-M Nitrile gloves, medium", 157, 600),
            ("-2", 900, 600),
            ("-108.00", 1400, 600),
            ("PT-200-RK Pipette tips 200 µl", 157, 640),
            ("-3", 900, 640),
            ("-132.00", 1400, 640),
            ("Net", 1100, 720),
            ("-£240.00", 1400, 720),
            ("VAT 20%", 1100, 760),
            ("-£48.00", 1400, 760),
            ("Total credit", 1100, 800),
            ("-£288.00", 1400, 800),
            ("Thornbury Lab Supplies Ltd · Registered in England No. 08122490", 157, 2100),
        )
    )

    assert invoice.total == -288.00
    assert invoice.tax == -48.00


def test_an_annual_bill_less_the_advances_paid_has_the_years_total_as_its_total():
    invoice = read(
        page(
            ("Waterbedrijf Rijnland-Oost", 157, 140),
            ("Factuurdatum", 900, 300),
            ("15-01-2026", 1200, 300),
            ("Factuurnummer", 900, 340),
            ("2026.0041.7718", 1200, 340),
            ("Vastrecht 12 maanden × € 5,63", 157, 600),
            ("67,56", 1400, 600),
            ("Waterverbruik 110 m³ × € 1,0250", 157, 640),
            ("170,17", 1400, 640),
            ("Totaal excl. BTW", 900, 720),
            ("€ 237,73", 1400, 720),
            ("BTW 9%", 900, 760),
            ("€ 21,40", 1400, 760),
            ("Totaal jaarnota incl. BTW", 900, 800),
            ("€ 259,13", 1400, 800),
            ("Betaalde voorschotten 2025 (12 × € 17,50)", 900, 840),
            ("€ -210,00", 1400, 840),
            ("Nog te betalen", 900, 880),
            ("€ 49,13", 1400, 880),
        )
    )

    assert invoice.total == 259.13
    assert invoice.subtotal == 237.73


def test_a_garages_list_of_services_with_its_vat_number_is_no_return_address():
    invoice = read(
        page(
            ("HOLLINS MOTOR SERVICES", 157, 140),
            ("Unit 3, Canal Works, Hollins Lane, Bury BL9 8AT · 0161 555 0379", 157, 176),
            ("Servicing · MOT · Diagnostics · Tyres · VAT Reg No. 318 4421 77", 157, 212),
            ("Customer", 157, 400),
            ("INVOICE", 1200, 400),
            ("Mr D. Okafor", 157, 436),
            ("Invoice No: 21877", 1000, 436),
            ("41 Tottington Road", 157, 472),
            ("Date: 07/10/2025", 1000, 472),
            ("Oil filter", 157, 700),
            ("9.84", 1400, 700),
            ("Total", 1100, 800),
            ("£9.84", 1400, 800),
        )
    )

    assert invoice.vendor == "HOLLINS MOTOR SERVICES"


def test_a_sender_line_that_shortens_the_doctors_name_gives_it_in_full():
    invoice = read(
        page(
            ("Dr. med. dent. Katrin Albers", 157, 140),
            ("Zahnärztin · Implantologie · Parodontologie", 157, 176),
            ("Dr. Albers · Marktstraße 9 · 48143 Münster", 157, 330),
            ("Herrn", 157, 370),
            ("Rechnung Nr.:", 900, 370),
            ("2026-00873", 1200, 370),
            ("Thomas Berger", 157, 406),
            ("Rechnungsdatum:", 900, 406),
            ("18.05.2026", 1200, 406),
            ("Hüfferstraße 27", 157, 442),
            ("48149 Münster", 157, 478),
            ("Eingehende Untersuchung", 157, 700),
            ("12,94", 1400, 700),
            ("Rechnungsbetrag", 1000, 800),
            ("12,94 €", 1400, 800),
        )
    )

    assert invoice.vendor == "Dr. med. dent. Katrin Albers"


def test_the_street_above_a_letterhead_name_is_no_name():
    invoice = read(
        page(
            ("Van der Meer Vertalingen", 157, 160),
            ("Translation & localisation · NL EN DE FR", 157, 220),
            ("Keizersgracht 391-A", 1326, 130),
            ("1016 EJ Amsterdam", 1330, 160),
            ("The Netherlands", 1364, 190),
            ("VAT no. NL859912345B01", 1261, 250),
            ("Invoice to", 157, 420),
            ("Invoice", 900, 420),
            ("VDM-2026-0093", 1200, 420),
            ("Northsea Biotech B.V.", 157, 456),
            ("Invoice date", 900, 456),
            ("6 May 2026", 1200, 456),
            ("Translation, 4,200 words", 157, 700),
            ("EUR 546.00", 1400, 700),
            ("Total", 1100, 800),
            ("EUR 546.00", 1400, 800),
        )
    )

    assert invoice.vendor == "Van der Meer Vertalingen"


def test_tax_per_kind_is_summed_though_each_row_prints_its_own_tax_number():
    invoice = read(
        page(
            ("Fraser Valley Office Interiors Ltd.", 157, 140),
            ("INVOICE", 1200, 140),
            ("Date: 2025-10-21", 157, 240),
            ("Height-adjustable desk", 157, 600),
            ("6,456.00", 1400, 600),
            ("Subtotal", 1000, 700),
            ("$6,456.00", 1400, 700),
            ("GST 5% (GST # 81234 5678 RT0001)", 800, 740),
            ("$322.80", 1400, 740),
            ("PST 7% (PST-1234-5678)", 800, 780),
            ("$451.92", 1400, 780),
            ("TOTAL", 1000, 820),
            ("$7,230.72", 1400, 820),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (6456.00, 774.72, 7230.72)


def test_a_tax_table_beside_the_sums_gives_each_sum_its_own_label():
    invoice = read(
        page(
            ("FERRAMENTA BERGAMASCA S.r.l.", 157, 140),
            ("Data", 157, 300),
            ("09/06/2026", 400, 300),
            ("Viti TE M10x40", 157, 600),
            ("1.059,82", 1400, 600),
            ("Codice IVA", 157, 800),
            ("Imponibile", 400, 800),
            ("Aliquota", 600, 800),
            ("Imposta", 800, 800),
            ("Totale imponibile", 1050, 800),
            ("1.059,82", 1400, 800),
            ("22", 157, 840),
            ("1.059,82", 400, 840),
            ("22%", 600, 840),
            ("233,16", 800, 840),
            ("Totale IVA", 1050, 840),
            ("233,16", 1400, 840),
            ("TOTALE FATTURA €", 1050, 880),
            ("1.292,98", 1400, 880),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (1059.82, 233.16, 1292.98)
    assert invoice.issue_date == "2026-06-09"


def test_a_vat_total_beside_a_vat_analysis_and_gst_included_of_are_the_tax():
    irish = read(
        page(
            ("Corrib Catering Supplies Ltd", 157, 140),
            ("Invoice date: 12/05/2026", 157, 240),
            ("Irish butter portions", 157, 600),
            ("511.95", 1400, 600),
            ("VAT analysis", 157, 700),
            ("Goods total", 1000, 700),
            ("€511.95", 1400, 700),
            ("Code", 157, 740),
            ("Rate", 300, 740),
            ("VAT total", 1000, 740),
            ("€35.67", 1400, 740),
            ("S", 157, 780),
            ("23%", 300, 780),
            ("Invoice total", 1000, 780),
            ("€547.62", 1400, 780),
        )
    )
    australian = read(
        page(
            ("Bluegum Electrical Services", 157, 140),
            ("3 July 2025", 157, 240),
            ("Switchboard upgrade", 157, 600),
            ("$1,738.00", 1400, 600),
            ("Total (inc. GST)", 1000, 700),
            ("$1,738.00", 1400, 700),
            ("Includes GST of", 1000, 740),
            ("$158.00", 1400, 740),
        )
    )

    assert (irish.subtotal, irish.tax, irish.total) == (511.95, 35.67, 547.62)
    assert (australian.tax, australian.total) == (158.00, 1738.00)


def test_a_freelancer_named_only_where_the_letter_is_signed_is_the_issuer():
    invoice = read(
        page(
            ("INVOICE", 157, 140),
            ("Invoice number: 2026-014", 157, 200),
            ("Date: 28 February 2026", 157, 240),
            ("To:", 157, 320),
            ("Brightwater Marketing Ltd", 157, 356),
            ("Unit 5, Paintworks, Bristol BS4 3EH", 157, 392),
            ("Website copy – 6 pages", 157, 600),
            ("£1,200.00", 1400, 600),
            ("Total due", 1000, 700),
            ("£1,200.00", 1400, 700),
            ("I am not registered for VAT, so no VAT has been charged.", 157, 800),
            ("Kind regards,", 157, 1000),
            ("Hannah Whitfield", 157, 1040),
        )
    )

    assert invoice.vendor == "Hannah Whitfield"


def test_whom_cheques_are_payable_to_is_the_issuer_when_the_page_opens_with_the_customer():
    invoice = read(
        page(
            ("BILL TO", 157, 140),
            ("LAKESIDE PROPERTY MANAGEMENT LLC", 157, 180),
            ("4100 Harbor Blvd, Suite 210", 157, 216),
            ("Sandusky, OH 44870", 157, 252),
            ("Invoice #", 900, 300),
            ("10482", 1200, 300),
            ("Invoice Date", 900, 340),
            ("04/09/2026", 1200, 340),
            ("Tear-off and disposal, 14 squares", 157, 600),
            ("910.00", 1400, 600),
            ("Total", 1000, 700),
            ("$910.00", 1400, 700),
            ("Make checks payable to Ridgeline Roofing & Gutters Inc. Net 30.", 157, 900),
        )
    )

    assert invoice.vendor == "Ridgeline Roofing & Gutters Inc"


def _headed(height: float, name: str = "Copper Pot Catering"):
    """A plain invoice whose first line names the firm in type of `height` (body 30)."""
    return [
        line(name, 157, 100, height=height),
        *page(
            ("12 Mill Lane, Ashford TN24 8HX", 157, 200),
            ("Invoice number: 5521", 157, 300),
            ("Date: 14/03/2026", 157, 340),
            ("Buffet for 40 guests", 157, 600),
            ("£640.00", 1400, 600),
            ("Total due", 1000, 700),
            ("£640.00", 1400, 700),
        ),
    ]


def test_a_name_that_heads_the_page_is_believed_in_large_type_or_when_it_reads_as_a_name():
    large, plain = read(_headed(60)), read(_headed(30))
    large_odd, plain_odd = read(_headed(60, "Copper Pot 2")), read(_headed(30, "Copper Pot 2"))

    assert large.vendor == plain.vendor == "Copper Pot Catering"
    assert large_odd.vendor == plain_odd.vendor == "Copper Pot 2"
    assert "vendor" not in needs_review(large, checks(large))
    assert "vendor" not in needs_review(plain, checks(plain))
    assert "vendor" not in needs_review(large_odd, checks(large_odd))
    assert "vendor" in needs_review(plain_odd, checks(plain_odd))


def test_an_account_box_beside_the_totals_does_not_hide_the_invoice_total():
    invoice = read(
        page(
            ("Covent Stems Wholesale Ltd", 157, 140),
            ("Invoice date: 04/03/2026", 157, 240),
            ("Rose 'Avalanche' 50cm (bunch of 20)", 157, 600),
            ("£248.70", 1400, 600),
            ("Your account", 157, 700),
            ("Net total", 1000, 700),
            ("£248.70", 1400, 700),
            ("Previous balance", 157, 740),
            ("£412.16", 600, 740),
            ("VAT @ 20%", 1000, 740),
            ("£49.74", 1400, 740),
            ("Payment received 02/03/2026", 157, 780),
            ("-£250.00", 600, 780),
            ("Invoice total", 1000, 780),
            ("£298.44", 1400, 780),
            ("Account balance now due", 157, 820),
            ("£460.60", 600, 820),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (248.70, 49.74, 298.44)


def test_a_payment_heading_in_the_footer_names_nobody():
    invoice = read(
        page(
            ("Studio Tecnico Ing. Marco Ferri", 157, 100),
            ("Via Roma 12, 20121 Milano", 157, 140),
            ("Data", 157, 300),
            ("03/03/2026", 400, 300),
            ("Progettazione strutturale", 157, 600),
            ("3.640,00", 1400, 600),
            ("Totale documento", 1000, 700),
            ("4.440,80", 1400, 700),
            ("Modalità pagamento", 157, 2000),
            ("Bonifico", 700, 2000),
            ("IBAN IT60 X054 2811 1010 0000 0123 456", 157, 2040),
        )
    )

    assert invoice.vendor == "Studio Tecnico Ing. Marco Ferri"


def test_a_czech_tax_document_names_its_supplier_number_and_amount_due():
    invoice = read(
        page(
            ("Faktura – daňový doklad č. 2026010045", 157, 100),
            ("Dodavatel", 157, 200),
            ("Odběratel", 900, 200),
            ("Pekárna Novák s.r.o.", 157, 240),
            ("Kavárna U Mostu s.r.o.", 900, 240),
            ("Husova 12, 602 00 Brno", 157, 280),
            ("Masarykova 3, 602 00 Brno", 900, 280),
            ("IČO: 12345678", 157, 320),
            ("Datum vystavení: 05.03.2026", 157, 400),
            ("Chléb kváskový 1 kg", 157, 600),
            ("2 150,40", 1400, 600),
            ("Celkem k úhradě", 1000, 700),
            ("13 516,00 Kč", 1400, 700),
        )
    )

    assert invoice.vendor == "Pekárna Novák s.r.o."
    assert invoice.invoice_number == "2026010045"
    assert (invoice.total, invoice.currency) == (13516.00, "CZK")


def test_a_norwegian_invoice_and_its_organisation_number_which_is_no_tax():
    invoice = read(
        page(
            ("Fjordlys Elektro AS", 157, 100),
            ("Org.nr 912 345 678 MVA", 157, 140),
            ("Fakturanr", 900, 200),
            ("30118", 1200, 200),
            ("Fakturadato", 900, 240),
            ("12.03.2026", 1200, 240),
            ("Montasje, 20 timer", 157, 600),
            ("4 250,00", 1400, 600),
            ("Sum eks. mva", 1000, 700),
            ("11 862,50", 1400, 700),
            ("MVA 25 %", 1000, 740),
            ("2 965,63", 1400, 740),
            ("Å betale NOK", 1000, 780),
            ("14 828,13", 1400, 780),
        )
    )

    assert invoice.invoice_number == "30118"
    assert (invoice.tax, invoice.total, invoice.currency) == (2965.63, 14828.13, "NOK")


def test_a_footer_sentence_ends_before_the_company_it_names_and_a_bank_transfer_names_nobody():
    hotel = read(
        page(
            ("Room 1214 · 3 nights", 157, 100),
            ("Date: 06/03/2026", 157, 200),
            ("Room charge", 157, 600),
            ("$1,047.00", 1400, 600),
            ("Balance due", 1000, 700),
            ("$1,047.00", 1400, 700),
            (
                "The balance was charged to the card on file. Harborview Seaport Hotel LLC"
                " · Tax ID 46-2218840",
                157,
                2100,
            ),
        )
    )
    wholesale = read(
        page(
            ("PENNINE OFFICE SUPPLIES LTD", 157, 100),
            ("Invoice date: 06/03/2026", 157, 200),
            ("A4 copier paper", 157, 600),
            ("£412.80", 1400, 600),
            ("Total due", 1000, 700),
            ("£412.80", 1400, 700),
            (
                "Payment terms: 30 days. BACS to Pennine Office Supplies Ltd, 40-11-62 / 71882034.",
                157,
                2100,
            ),
            ("VAT Reg No. GB 123 4567 89", 157, 2140),
        )
    )

    assert hotel.vendor == "Harborview Seaport Hotel LLC"
    assert wholesale.vendor == "PENNINE OFFICE SUPPLIES LTD"


def test_the_date_under_date_of_issue_beats_the_dates_of_the_time_entries():
    invoice = read(
        page(
            ("Pixelwood Design Co.", 100, 40),
            ("Billed To", 100, 300),
            ("Date of Issue", 600, 300),
            ("Amount Due (USD)", 1100, 316),
            ("Ocean State Outfitters", 100, 332),
            ("03/03/2026", 600, 332),
            ("Date", 100, 500),
            ("Description", 400, 500),
            ("Line Total", 1100, 500),
            ("Feb 2, 2026", 100, 540),
            ("Wireframes", 400, 540),
            ("$237.50", 1100, 540),
            ("Feb 3, 2026", 100, 580),
            ("Client call", 400, 580),
            ("$118.75", 1100, 580),
            ("Total", 600, 700),
            ("$356.25", 1100, 700),
        )
    )
    assert invoice.issue_date == "2026-03-03"


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("Devis n°", "D2026-0041 du 12/01/2026"),
        ("Albarán", "ALB-8812 (12/01/2026)"),
        ("Quotation", "Q-2291 dated 12/01/2026"),
        ("Offerte", "OF-77 van 12/01/2026"),
    ],
)
def test_the_date_of_a_quote_or_delivery_note_the_invoice_refers_to_is_not_its_own(
    label, reference
):
    invoice = read(
        page(
            ("Atelier Lemoine SARL", 111, 100),
            ("FACTURE", 1200, 100),
            ("Facture N°", 111, 400),
            ("F2026-0087", 500, 400),
            ("Date de facture", 111, 440),
            ("14 de marzo de 2026", 500, 440),
            (label, 111, 480),
            (reference, 500, 480),
            ("Pose et ajustage", 111, 700),
            ("936,00", 1300, 700),
            ("Total TTC", 900, 800),
            ("936,00 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2026-03-14"


def test_a_footers_middle_dot_parts_the_name_from_the_address_with_a_space_lost_beside_it():
    invoice = read(
        page(
            ("FACTURE", 1200, 100),
            ("Facture N°", 900, 300),
            ("FV-26-00193", 1200, 300),
            ("Brochures A5", 111, 700),
            ("1 859,00", 1300, 700),
            ("Total TTC", 900, 800),
            ("1 859,00 EUR", 1300, 800),
            (
                "Imprimerie Vandenberghe SRL ·Chaussée de Louvain 480, 1030 Schaerbeek "
                "·TVA BE 0478.221.906·RPM Bruxelles",
                111,
                2000,
            ),
        )
    )

    assert invoice.vendor == "Imprimerie Vandenberghe SRL"


def test_a_legal_form_the_lexicon_does_not_know_is_not_mended_into_a_word():
    invoice = read(
        page(
            ("FACTURE", 111, 100),
            ("Facture N°", 900, 300),
            ("2026/0214", 1200, 300),
            ("Honoraires", 111, 700),
            ("1 000,00", 1300, 700),
            ("Total TTC", 900, 800),
            ("1 200,00 €", 1300, 800),
            ("SELARL Cabinet Roussel & Associés · RCS Paris 498 112 770 · TVA FR 61 498112770",
             111, 2000),
        )
    )

    assert invoice.vendor == "SELARL Cabinet Roussel & Associés"


def test_an_italian_srl_with_its_l_read_as_a_capital_i_is_mended():
    invoice = read(
        page(
            ("Tecnoimpianti Rossi S.r.I.", 111, 100),
            ("Via Roma 12, 20121 Milano", 111, 140),
            ("P.IVA 01234567890", 111, 180),
            ("Fattura n.", 900, 300),
            ("118/2026", 1200, 300),
            ("Manutenzione caldaia", 111, 700),
            ("300,00", 1300, 700),
            ("Totale documento", 900, 800),
            ("366,00 €", 1300, 800),
        )
    )

    assert invoice.vendor == "Tecnoimpianti Rossi S.r.l."


def test_the_number_under_the_title_heading_a_column_beside_the_date_is_the_invoices():
    invoice = read(
        page(
            ("Hotel Sonnhof Kitzbühel", 111, 100),
            ("Rechnung", 111, 500),
            ("Datum", 400, 500),
            ("Zimmer", 700, 500),
            ("84412", 111, 540),
            ("22.02.2026", 400, 540),
            ("305", 700, 540),
            ("Logis Doppelzimmer", 111, 700),
            ("630,00", 1300, 700),
            ("Gesamtbetrag inkl. USt.", 900, 800),
            ("630,00", 1300, 800),
        )
    )

    assert (invoice.invoice_number, invoice.issue_date) == ("84412", "2026-02-22")


def test_a_date_label_in_a_cell_of_its_own_beside_the_customers_block_labels_the_date():
    invoice = read(
        page(
            ("FATTURA", 111, 100),
            ("Ca' del Sole di Elena Ferri", 900, 100),
            ("P.IVA 01388240529", 900, 140),
            ("Intestatario:", 111, 300),
            ("Fattura n.", 900, 300),
            ("27/A", 1200, 300),
            ("Dott. Marco Bellini", 111, 340),
            ("Data", 900, 340),
            ("8 marzo 2026", 1200, 340),
            ("Via Po 12", 111, 380),
            ("Soggiorno", 900, 380),
            ("dal 05/03/2026 al 08/03/2026", 1200, 380),
            ("Pernottamento", 111, 700),
            ("390,00", 1300, 700),
            ("Totale documento", 900, 800),
            ("390,00 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2026-03-08"
    assert "issue_date" not in needs_review(invoice, checks(invoice))


def test_the_company_under_a_spanish_bill_to_label_is_the_customer_not_a_rival_issuer():
    invoice = read(
        page(
            ("Suministros Industriales Ortega, S.L.", 111, 100),
            ("FACTURA", 1200, 100),
            ("CIF B73218844", 111, 140),
            ("Enviar a:", 111, 300),
            ("Facturar a:", 900, 300),
            ("Obra: Nave 3, Parque Tecnológico", 111, 340),
            ("Talleres Hernández Sánchez, S.A.", 900, 340),
            ("Avda. de la Constitución 45", 900, 380),
            ("Número de factura", 111, 500),
            ("A-2026/00412", 111, 540),
            ("Tornillo DIN 933", 111, 700),
            ("712,85", 1300, 700),
            ("Importe total", 900, 800),
            ("862,55 €", 1300, 800),
        )
    )

    assert invoice.vendor == "Suministros Industriales Ortega, S.L."
    assert "vendor" not in needs_review(invoice, checks(invoice))


def test_the_total_before_a_payment_on_account_is_the_invoices_total():
    invoice = read(
        page(
            ("Margaret Ellison FCCA", 111, 100),
            ("INVOICE", 111, 200),
            ("Invoice No.", 900, 300),
            ("ME/26/031", 1200, 300),
            ("Date", 900, 340),
            ("5th March 2026", 1200, 340),
            ("Preparation of statutory accounts", 111, 600),
            ("£2,568.00", 1300, 600),
            ("Net", 900, 700),
            ("£2,568.00", 1300, 700),
            ("VAT at 20%", 900, 740),
            ("£511.00", 1300, 740),
            ("Total", 900, 780),
            ("£3,079.00", 1300, 780),
            ("Less: on account, received 15 January 2026", 111, 820),
            ("(£500.00)", 1300, 820),
            ("Balance due", 900, 860),
            ("£2,579.00", 1300, 860),
        )
    )

    assert invoice.total == 3079.00


@pytest.mark.parametrize(
    ("placed", "number", "date"),
    [
        (
            [("Nr faktury: FV/2026/03/0071", 111, 300), ("Data wystawienia: 2026-03-11", 111, 340)],
            "FV/2026/03/0071",
            "2026-03-11",
        ),
        (
            [
                ("Fakturanr.", 900, 300),
                ("1187", 1200, 300),
                ("Fakturadato", 900, 340),
                ("3. marts 2026", 1200, 340),
            ],
            "1187",
            "2026-03-03",
        ),
        (
            [
                ("Invoice / Folio No.", 900, 300),
                ("418822", 1200, 300),
                ("Date", 900, 340),
                ("12/03/2026", 1200, 340),
            ],
            "418822",
            "2026-03-12",
        ),
        (
            [
                ("Tipo doc.", 111, 300),
                ("Numero", 400, 300),
                ("Data", 700, 300),
                ("TD01 Fattura", 111, 340),
                ("387/FE", 400, 340),
                ("18/02/2026", 700, 340),
            ],
            "387/FE",
            "2026-02-18",
        ),
        (
            [
                ("Invoice No.", 111, 300),
                ("Invoice Date", 400, 300),
                ("Event Date", 700, 300),
                ("TF-INV-26-0093", 111, 340),
                ("05 Jan 2026", 400, 340),
                ("14 Feb 2026", 700, 340),
            ],
            "TF-INV-26-0093",
            "2026-01-05",
        ),
    ],
)
def test_numbers_and_dates_labelled_in_polish_danish_a_folio_or_a_bare_number_column(
    placed, number, date
):
    invoice = read(
        page(
            ("Nordlys Reklame ApS", 111, 100),
            *placed,
            ("Venue hire, 14 Feb 2026", 111, 700),
            ("1 000,00", 1300, 700),
            ("Total", 900, 800),
            ("1 000,00", 1300, 800),
        )
    )

    assert (invoice.invoice_number, invoice.issue_date) == (number, date)


def test_the_company_under_the_portuguese_salutation_is_the_customer_and_a_dash_no_cut():
    invoice = read(
        page(
            ("TECNOFRIO", 111, 100),
            ("FATURA", 1200, 100),
            ("Tecnofrio – Manutenção Industrial, Lda.", 111, 140),
            ("Rua do Freixo 1021, 4300-219 Porto", 111, 180),
            ("NIF 509 876 543", 111, 220),
            ("Exmo.(s) Sr.(s)", 111, 300),
            ("Frescos do Norte – Comércio Alimentar, S.A.", 111, 340),
            ("NIF 503 221 907", 111, 380),
            ("Manutenção preventiva", 111, 700),
            ("1.350,00 €", 1300, 700),
            ("Total", 900, 800),
            ("1.350,00 €", 1300, 800),
            ("Tecnofrio – Manutenção Industrial, Lda. · Capital social 50.000 €", 111, 2000),
        )
    )

    assert invoice.vendor == "Tecnofrio – Manutenção Industrial, Lda."


def test_a_sellers_company_number_after_its_name_and_a_pte_ltd_in_the_footer_stay_out_and_whole():
    seller = read(
        page(
            ("baskit", 111, 100),
            ("Seller: Harbour Home Goods Ltd, company no. 11223344", 111, 300),
            ("Duvet cover", 111, 700),
            ("£64.99", 1300, 700),
            ("Total", 900, 800),
            ("£64.99", 1300, 800),
        )
    )
    footer = read(
        page(
            ("TAX INVOICE", 111, 100),
            ("Venue hire", 111, 700),
            ("S$6,500.00", 1300, 700),
            ("Total", 900, 800),
            ("S$6,500.00", 1300, 800),
            ("The Foundry Events Pte. Ltd. (UEN 201912345K) · events@thefoundry.example", 111, 2000),
        )
    )

    assert (seller.vendor, footer.vendor) == (
        "Harbour Home Goods Ltd",
        "The Foundry Events Pte. Ltd.",
    )


def test_the_no_column_of_an_item_table_beside_its_date_column_numbers_items_not_the_invoice():
    invoice = read(
        page(
            ("Invoice 103767", 111, 100),
            ("Adatum Corporation", 111, 200),
            ("No.", 111, 500),
            ("Description", 300, 500),
            ("Date", 700, 500),
            ("Quantity", 900, 500),
            ("1908-S", 111, 540),
            ("LONDON Schreibtischstuhl", 300, 540),
            ("02/17/26", 700, 540),
            ("573.00", 1300, 540),
            ("Total", 900, 800),
            ("573.00", 1300, 800),
        )
    )

    assert invoice.invoice_number == "103767"
    assert "invoice_number" not in needs_review(invoice, checks(invoice))


def test_a_number_printed_in_groups_of_digits_in_its_own_cell_is_read_whole():
    invoice = read(
        page(
            ("Telvera Kommunikation GmbH", 111, 100),
            ("Kundennummer", 900, 300),
            ("4 417 823 901", 1200, 300),
            ("Rechnungsnummer", 900, 340),
            ("5301 2266 8410", 1200, 340),
            ("Rechnungsdatum", 900, 380),
            ("12. Februar 2026", 1200, 380),
            ("Business Mobil L", 111, 700),
            ("186,94", 1300, 700),
            ("Rechnungsbetrag", 900, 800),
            ("186,94 €", 1300, 800),
        )
    )

    assert invoice.invoice_number == "5301 2266 8410"


def test_a_date_label_off_to_the_side_of_the_row_above_does_not_label_an_items_date():
    # A tilted photo puts the side column's label one row below its value, beside the
    # item table's heading; the service period under that heading is no issue date.
    invoice = read(
        page(
            ("Nimbus", 150, 100),
            ("Invoice", 1000, 100),
            ("INVOICE NUMBER", 1000, 260),
            ("INV-2026-00451", 1000, 290),
            ("Description", 150, 330),
            ("Qty", 500, 330),
            ("Amount", 700, 330),
            ("March 3, 2026", 980, 330),
            ("INVOICE DATE", 1100, 330),
            ("Nimbus Pro plan - 25 seats (1 Mar 2026", 150, 370),
            ("25", 500, 370),
            ("€975.00", 700, 370),
            ("DUE DATE", 1000, 370),
            ("- 31 Mar 2026)", 150, 400),
            ("April 2, 2026", 1000, 400),
            ("Total", 500, 600),
            ("€975.00", 700, 600),
        )
    )

    # Its own date is unlabelled now and other dates contest it: right, but for a person.
    assert invoice.issue_date == "2026-03-03"
    assert "issue_date" in needs_review(invoice, checks(invoice))


def test_a_name_a_footers_dash_cuts_is_read_whole_from_the_letterhead_and_backs_it():
    # As a photo reads it: hyphens for the dashes, the footer's parts all set off by them.
    invoice = read(
        page(
            ("TECNOFRIO", 111, 100),
            ("FATURA", 1200, 100),
            ("Tecnofrio - Manutenção Industrial, Lda.", 111, 140),
            ("Rua do Freixo 1021, 4300-219 Porto", 111, 180),
            ("NIF 509 876 543", 111, 220),
            ("Exmo.(s) Sr.(s)", 111, 300),
            ("Frescos do Norte - Comércio Alimentar, S.A.", 111, 340),
            ("Manutenção preventiva", 111, 700),
            ("1.350,00 €", 1300, 700),
            ("Total", 900, 800),
            ("1.350,00 €", 1300, 800),
            (
                "Tecnofrio - Manutenção Industrial, Lda. - Capital social 25.000 € · "
                "Matriculada na CRC do Porto sob o NIPC 509876543",
                111,
                2000,
            ),
        )
    )

    assert invoice.vendor == "Tecnofrio - Manutenção Industrial, Lda."
    assert "vendor" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("before", "own"),
    [
        # A viewer's page: when it was drawn, then the invoice's date as format 102.
        (("ZUGFeRD 2.3 · Ansicht erzeugt: 2024-04-02", 111, 100), ("20240326", 900, 300)),
        # A validator's report: when the file was checked.
        (("Prüfdatum | 04.03.2025 10:22", 111, 100), ("26.03.2024", 900, 300)),
        (("Report generated 2024-04-02", 111, 100), ("2024-03-26", 900, 300)),
    ],
)
def test_when_a_viewer_drew_or_a_validator_checked_the_invoice_is_not_its_date(before, own):
    invoice = read(
        page(
            before,
            ("Rechnungsnummer", 111, 260),
            ("2024-03-0077", 900, 260),
            ("BT-2 Rechnungsdatum", 111, 300),
            own,
            ("Gesamtbetrag", 111, 800),
            ("1.190,00 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2024-03-26"


@pytest.mark.parametrize(
    ("own", "earlier"),
    [
        (("BT-2 Issue date", "2024-07-22"), ("BT-26 Preceding invoice issue date", "2024-06-28")),
        (("Date :", "22/07/2024"), ("Facture d'origine : FA-004512 du :", "28/06/2024")),
    ],
)
def test_a_credit_notes_own_date_not_the_date_of_the_invoice_it_corrects(own, earlier):
    invoice = read(
        page(
            ("Credit note / Avoir", 111, 100),
            ("Number: CN-2024-0077", 111, 200),
            (own[0], 111, 240),
            (own[1], 900, 240),
            (earlier[0], 111, 280),
            (earlier[1], 900, 280),
            ("Total", 111, 800),
            ("300,00 €", 1300, 800),
        )
    )

    assert invoice.issue_date == "2024-07-22"


def test_a_date_of_eight_digits_year_first_is_a_date_only_where_labelled():
    labelled = read(
        page(
            ("Rechnungsdatum", 111, 300),
            ("20240326", 900, 300),
            ("Gesamtbetrag", 111, 800),
            ("1.190,00 €", 1300, 800),
        )
    )
    numbered = read(
        page(
            ("Invoice No.", 111, 300),
            ("20240326", 900, 300),
            ("Total", 111, 800),
            ("1,190.00", 1300, 800),
        )
    )

    assert labelled.issue_date == "2024-03-26"
    assert "issue_date" not in needs_review(labelled, checks(labelled))
    assert numbered.invoice_number == "20240326"
    assert numbered.issue_date is None or "issue_date" in needs_review(numbered, checks(numbered))


@pytest.mark.parametrize(
    "printed",
    [
        [("Name", 111), ("Brenner Landtechnik GmbH", 500)],
        [("BT-27 Name", 111), ("Brenner Landtechnik GmbH", 500)],
        [("BT-27", 111), ("Name", 250), ("Brenner Landtechnik GmbH", 500)],
        [("Name", 111), ("Brenner Landtechnik GmbH", 500), ("BT-27", 1000)],
        [("BT-27 Seller name", 111), ("Brenner Landtechnik GmbH", 500)],
        [("Firma", 111), ("Brenner Landtechnik GmbH", 500)],
        [("Raison sociale Brenner Landtechnik GmbH", 111)],
    ],
    ids=["bare", "code run in", "code apart", "code after", "seller name", "firma", "fused"],
)
def test_the_sellers_name_under_its_heading_is_the_value_beside_the_label_not_the_label(
    printed,
):
    # As e-invoice viewers print the structured invoice: label and value in cells of
    # their own, without a colon, often with the business term's code.
    at = [(text, x, 340) for text, x in printed]
    invoice = read(
        page(
            ("Rechnung", 111, 100),
            ("Rechnungsnummer", 111, 180),
            ("BL-R-24-3390", 500, 180),
            ("Rechnungsdatum", 111, 220),
            ("27.08.2024", 500, 220),
            ("Verkäufer", 111, 300),
            *at,
            ("Anschrift", 111, 380),
            ("Lange Straße 60, 27711 Osterholz-Scharmbeck", 500, 380),
            ("USt-IdNr.", 111, 420),
            ("DE 287 306 115", 500, 420),
            ("Käufer", 111, 500),
            ("Name", 111, 540),
            ("Meyerdierks Agrar GbR", 500, 540),
            ("Gesamtbetrag", 111, 800),
            ("1.190,00 €", 1300, 800),
        )
    )

    assert invoice.vendor == "Brenner Landtechnik GmbH"


@pytest.mark.parametrize("label", ["Gutschriftsbetrag", ""], ids=["its label", "its sum alone"])
def test_a_credit_notes_negative_total_is_read_by_its_label_or_as_net_plus_tax(label):
    invoice = read(
        page(
            ("Hollmann Gastro-Service GmbH · Industriestr. 7 · 49080 Osnabrück", 111, 100),
            ("Rechnungskorrektur Nr. RK-2024-00031", 111, 300),
            ("Datum: 19.02.2024", 900, 200),
            ("Reparaturpauschale (Storno)", 111, 500),
            ("-250,00", 1300, 500),
            ("Summe netto", 800, 600),
            ("-250,00 €", 1300, 600),
            ("zzgl. 19 % USt.", 800, 640),
            ("-47,50 €", 1300, 640),
            *([(label, 800, 680)] if label else []),
            ("-297,50 €", 1300, 680),
        )
    )

    assert invoice.total == -297.50


def test_a_freight_bills_shipper_is_another_party_and_a_town_before_commas_no_sender():
    invoice = read(
        page(
            ("TRANSMERIDIAN", 111, 100),
            ("FREIGHT INVOICE", 1100, 100),
            ("No. 5510-0031877", 1100, 140),
            ("Transmeridian Freight Forwarding, Inc.", 111, 200),
            ("18000 S Avalon Blvd, Carson, CA 90746", 111, 240),
            ("BILL TO", 111, 320),
            ("SHIPPER", 800, 320),
            ("ALPINE TRAIL OUTFITTERS INC.", 111, 360),
            ("NINGBO EVERPEAK TEXTILES CO., LTD.", 800, 360),
            ("2460 S 3270 W", 111, 400),
            ("88 Jiangnan Rd, Beilun District", 800, 400),
            ("West Valley City, UT 84119", 111, 440),
            ("Ningbo, Zhejiang 315800, China", 800, 440),
            ("Air freight PVG-LAX", 111, 600),
            ("6,198.50", 1300, 600),
            ("TOTAL USD", 900, 800),
            ("6,198.50", 1300, 800),
        )
    )

    assert invoice.vendor == "Transmeridian Freight Forwarding, Inc."
    assert "vendor" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("title", "number_at"),
    [("INVOICE", 140), ("FREIGHT INVOICE", 140), ("Invoice", 60)],
    ids=["under the title", "under a title with a word before it", "over the title"],
)
def test_a_bare_no_by_the_documents_title_labels_its_number(title, number_at):
    invoice = read(
        page(
            ("Transmeridian Freight Forwarding, Inc.", 111, 100),
            (title, 1100, 100),
            ("GLOBAL LOGISTICS • AIR • OCEAN", 111, number_at),
            ("No. CS-24819", 1100, number_at),
            ("18000 S Avalon Blvd, Carson, CA 90746", 111, 180),
            ("Invoice 12th January 2026", 111, 220),
            ("Air freight PVG-LAX", 111, 600),
            ("6,198.50", 1300, 600),
            ("TOTAL USD", 900, 800),
            ("6,198.50", 1300, 800),
        )
    )

    assert invoice.invoice_number == "CS-24819"


def test_the_total_with_gst_inclusive_is_the_total_and_the_gst_it_includes_is_not():
    invoice = read(
        page(
            ("Inkwell Print Company Limited", 111, 100),
            ("TAX INVOICE 10472", 1000, 100),
            ("Date: 04/03/2026", 1000, 140),
            ("Business cards, 500", 111, 500),
            ("$1,094.90", 1300, 500),
            ("Total (GST inclusive)", 800, 700),
            ("$1,094.90", 1300, 700),
            ("Total includes GST of", 800, 740),
            ("$142.81", 1300, 740),
        )
    )

    assert (invoice.total, invoice.tax) == (1094.90, 142.81)


def test_a_balance_applied_leaves_the_total_before_it():
    invoice = read(
        page(
            ("Quillpad Software, Inc.", 111, 100),
            ("Invoice number 8F3A2C1D-0007", 1000, 100),
            ("Date of issue January 28, 2026", 1000, 140),
            ("Subtotal", 800, 500),
            ("$732.00", 1300, 500),
            ("Sales tax - Illinois (9%)", 800, 540),
            ("$65.88", 1300, 540),
            ("Total", 800, 580),
            ("$797.88", 1300, 580),
            ("Applied balance", 800, 620),
            ("-$97.88", 1300, 620),
            ("Amount due", 800, 660),
            ("$700.00", 1300, 660),
        )
    )

    assert invoice.total == 797.88


@pytest.mark.parametrize(
    "rate_code", [[("Rate Code:", 900, 280), ("CORP", 1200, 280)], [("Rate Code: CORP", 900, 280)]]
)
def test_a_hotels_rate_code_is_no_name_and_its_operator_is_named_in_the_footer(rate_code):
    invoice = read(
        page(
            ("THE GRAND MERIDIAN", 111, 100),
            ("401 North Wabash Avenue • Chicago, Illinois 60611", 111, 140),
            ("Mr. Daniel Okafor", 111, 240),
            ("Folio No.:", 900, 240),
            ("448213", 1200, 240),
            *rate_code,
            ("Date:", 900, 320),
            ("03/12/26", 1200, 320),
            ("Room Charge - Deluxe King", 111, 500),
            ("289.00", 1300, 500),
            ("Total", 900, 700),
            ("289.00", 1300, 700),
            ("The Grand Meridian Chicago is operated by Lakeshore Meridian Hospitality LLC", 111, 2000),
        )
    )

    assert invoice.vendor in ("THE GRAND MERIDIAN", "Lakeshore Meridian Hospitality LLC")


@pytest.mark.parametrize(
    ("label", "value", "number"),
    [
        ("Folio No.:", "448213", "448213"),
        ("TICKET NUMBER", "742 2145593021", "742 2145593021"),
    ],
    ids=["a hotel's folio", "an airline's e-ticket, over its digit groups"],
)
def test_a_folio_or_ticket_number_numbers_the_document_not_a_reference_column(
    label, value, number
):
    invoice = read(
        page(
            ("BOREALIS", 111, 100),
            (label, 900, 200),
            (value, 900, 240),
            ("Date", 111, 400),
            ("Description", 300, 400),
            ("Reference", 700, 400),
            ("Charges", 1200, 400),
            ("03/09/26", 111, 440),
            ("Room Charge - Deluxe King", 300, 440),
            ("RC 1412", 700, 440),
            ("289.00", 1200, 440),
            ("Total", 900, 700),
            ("289.00", 1300, 700),
        )
    )

    assert invoice.invoice_number == number


def test_an_itinerarys_from_column_is_no_sender():
    invoice = read(
        page(
            ("BOREALIS", 111, 100),
            ("Electronic Ticket Receipt", 900, 100),
            ("TICKET NUMBER", 111, 200),
            ("742 2145593021", 111, 240),
            ("Flight", 111, 400),
            ("Date", 300, 400),
            ("From", 500, 400),
            ("To", 800, 400),
            ("BA 214", 111, 440),
            ("18MAR26", 300, 440),
            ("VANCOUVER YVR", 500, 440),
            ("TORONTO YYZ T1", 800, 440),
            ("TOTAL CAD", 900, 700),
            ("759.98", 1300, 700),
            ("Borealis Airways Inc. · 3880 Grant McConachie Way, Richmond, BC V7B 0A5", 111, 2000),
        )
    )

    assert invoice.vendor == "Borealis Airways Inc."


def test_a_sole_traders_sender_line_with_his_initial_gives_way_to_the_name_spelled_out():
    invoice = read(
        page(
            ("Malerbetrieb Wiegand", 157, 120),
            ("Innenanstrich · Fassaden · Tapezierarbeiten", 157, 170),
            ("J. Wiegand · Malerbetrieb · Lindenstraße 14 · 34117 Kassel", 157, 352),
            ("Rechnungsnummer:", 984, 400),
            ("2024-031", 1330, 400),
            ("Hausverwaltung Ostring GmbH", 157, 443),
            ("Ostring 88", 157, 479),
            ("34127 Kassel", 157, 525),
            ("Kassel, 09.04.2024", 984, 620),
            ("Rechnung", 157, 680),
            ("Wandflächen spachteln und grundieren", 299, 864),
            ("949,00", 1417, 864),
            ("Rechnungsbetrag", 929, 1147),
            ("949,00 €", 1403, 1147),
            ("Mit freundlichen Grüßen", 157, 1400),
            ("Jonas Wiegand", 157, 1450),
            ("Malerbetrieb Jonas Wiegand", 157, 2123),
            ("Steuernummer 026 812 34567", 700, 2123),
            ("Lindenstraße 14", 157, 2172),
            ("IBAN DE44 5205 0353 0012 3456 78", 700, 2172),
            ("34117 Kassel", 157, 2221),
        )
    )

    assert invoice.vendor == "Malerbetrieb Jonas Wiegand"


def test_an_indian_grid_header_gives_the_firm_under_it_not_its_date_label():
    invoice = read(
        page(
            ("TAX INVOICE", 700, 80),
            ("Invoice No.", 111, 140),
            ("Dated", 700, 140),
            ("KIS/2024-25/1187", 111, 180),
            ("3-Mar-25", 700, 180),
            ("Kaveri Infotech Solutions Private Limited", 111, 260),
            ("No. 42, Residency Road, Bengaluru 560025", 111, 300),
            ("Buyer's Order No.", 700, 300),
            ("Dated", 1100, 300),
            ("GSTIN/UIN: 29AAGCK4471M1Z8", 111, 340),
            ("ERP implementation services", 111, 600),
            ("4,85,000.00", 1300, 600),
            ("Invoice total", 900, 700),
            ("Rs. 4,85,000.00", 1250, 700),
        )
    )

    assert invoice.vendor == "Kaveri Infotech Solutions Private Limited"


def test_a_polish_invoice_names_its_seller_after_sprzedawca_not_its_number_label():
    invoice = read(
        page(
            ("FAKTURA VAT", 111, 80),
            ("NR FAKTURY", 111, 140),
            ("FV/2025/03/118", 500, 140),
            ("DATA WYST.", 111, 180),
            ("2025-03-06", 500, 180),
            ("SPRZEDAWCA: DRUKARNIA WISŁA SP. Z O.O.", 111, 220),
            ("NIP 679-331-47-19", 111, 260),
            ("NABYWCA:", 111, 340),
            ("WYDAWNICTWO POLONIA MEDIA S.A.", 111, 380),
            ("Katalog A4", 111, 600),
            ("7 350,00", 1300, 600),
            ("RAZEM BRUTTO", 900, 700),
            ("PLN 9 040,50", 1250, 700),
        )
    )

    assert invoice.vendor == "DRUKARNIA WISŁA SP. Z O.O."


def test_the_factor_a_debt_was_assigned_to_is_not_the_seller_nor_its_credit_the_total():
    invoice = read(
        page(
            ("STATEMENT / INVOICE", 700, 80),
            ("Invoice No.", 700, 140),
            ("MRJ-2025-0342", 1100, 140),
            ("Invoice Date", 700, 180),
            ("March 15, 2025", 1100, 180),
            ("BILL TO", 111, 300),
            ("ACCOUNT SUMMARY", 700, 300),
            ("Coastline Medical Properties Inc.", 111, 340),
            ("Previous balance", 700, 340),
            ("3,412.50", 1300, 340),
            ("Payment received – thank you", 700, 380),
            ("-3,412.50", 1300, 380),
            ("Credit memo CM-1182", 700, 420),
            ("-150.00", 1300, 420),
            ("Balance forward", 700, 460),
            ("-150.00", 1300, 460),
            ("This invoice", 700, 500),
            ("7,156.80", 1300, 500),
            ("TOTAL AMOUNT DUE", 700, 540),
            ("$7,006.80", 1300, 540),
            ("Nightly janitorial – Clinic A", 111, 700),
            ("6,390.00", 1300, 700),
            ("Subtotal", 900, 800),
            ("6,390.00", 1300, 800),
            ("GST 5%", 900, 840),
            ("319.50", 1300, 840),
            ("PST 7%", 900, 880),
            ("447.30", 1300, 880),
            ("Invoice total", 900, 920),
            ("7,156.80", 1300, 920),
            ("This account has been assigned to Northshore Capital Factoring Inc.", 111, 1000),
            ("Make cheques payable to Northshore Capital Factoring Inc.", 111, 1040),
            ("Total amount due", 111, 1200),
            ("$7,006.80", 700, 1200),
            ("Remit to:", 111, 1240),
            ("Northshore Capital Factoring Inc.", 400, 1240),
            ("Maple Ridge Janitorial Services Ltd. · WCB #441902 · Fully bonded", 111, 2000),
        )
    )

    assert invoice.vendor == "Maple Ridge Janitorial Services Ltd."
    assert invoice.total == 7156.80


def test_a_payment_slips_label_run_into_the_payees_name_is_cut():
    invoice = read(
        page(
            ("Chaussée de Louvain 512", 111, 80),
            ("FACTURE", 900, 80),
            ("N° F2025-0318", 900, 120),
            ("Date : 12/03/2025", 900, 160),
            ("Impression brochures", 111, 600),
            ("7 585,08", 1300, 600),
            ("Total TVAC", 900, 700),
            ("7 585,08 €", 1250, 700),
            ("Bénéficiaire Imprimerie Dubois-Verhaegen SRL", 111, 1900),
            ("IBAN BE71 0689 4471 9022", 111, 1940),
            ("Imprimerie Dubois-Verhaegen SRL – RPM Bruxelles 0644.718.293", 111, 2000),
        )
    )

    assert invoice.vendor == "Imprimerie Dubois-Verhaegen SRL"


def test_a_trade_under_a_logo_is_no_name_and_the_freelancer_is():
    invoice = read(
        page(
            ("FACTURA", 900, 60),
            ("ARQUITECTURA", 111, 110),
            ("N° factura", 900, 150),
            ("2025-A-014", 1200, 150),
            ("Marta Ibáñez Roldán", 111, 190),
            ("Fecha", 900, 190),
            ("3 de marzo de 2025", 1200, 190),
            ("NIF 47118229K", 111, 230),
            ("CLIENTE", 111, 330),
            ("Promociones Inmobiliarias Turia S.L.", 111, 370),
            ("Proyecto básico y de ejecución", 111, 600),
            ("14.800,00", 1300, 600),
            ("Total factura", 900, 700),
            ("17.908,00 €", 1250, 700),
            ("Marta Ibáñez Roldán · Arquitecta · València", 111, 2000),
        )
    )

    assert invoice.vendor == "Marta Ibáñez Roldán"


def test_a_sender_line_whose_dot_the_ocr_read_as_a_dash_still_names_the_sender():
    invoice = read(
        page(
            ("HB Messtechnik", 900, 60),
            ("Hölzer & Brandt Messtechnik GmbH - Gewerbepark Süd 14- 73760 Ostfildern", 157, 352),
            ("Rechnungsnr.", 984, 352),
            ("RE-2025-00418", 1330, 352),
            ("Rechnungsdatum", 984, 400),
            ("03.03.2025", 1330, 400),
            ("Vanterra Logistik AG", 157, 443),
            ("Hafenstraße 112", 157, 479),
            ("28217 Bremen", 157, 525),
            ("Messfühler PT100", 299, 864),
            ("747,34", 1417, 864),
            ("Gesamtbetrag", 929, 1147),
            ("889,33 €", 1403, 1147),
        )
    )

    assert invoice.vendor == "Hölzer & Brandt Messtechnik GmbH"


@pytest.mark.parametrize(
    "sender",
    [
        "Roth & Partner Rechtsanwälte PartG mbB · Königsallee 60 F · 40212 Düsseldorf",
        "Roth & Partner Rechtsanwälte PartG mbB- Königsallee 60 F- 40212 Düsseldorf",
        # As a photo's OCR ran it together: no sender line to go by.
        "Roth è Partner Rechtsanwälte PartG mbB- Königsalle 60 F-40212 Düsseldorf",
    ],
)
def test_a_law_firms_letter_names_the_firm_not_its_case_or_its_register(sender):
    invoice = read(
        page(
            ("ROTH & PARTNER", 900, 60),
            (sender, 157, 352),
            ("Bauer Logistik GmbH", 157, 443),
            ("Hansaallee 201", 157, 479),
            ("40549 Düsseldorf", 157, 525),
            ("Rechnung Nr. 2025/00213", 157, 700),
            ("Düsseldorf, 14.03.2025", 984, 700),
            (
                "In der Arbeitsrechtssache Weiß ./. Bauer Logistik GmbH, ArbG Düsseldorf "
                "7 Ca 4412/24, berechnen wir:",
                157,
                760,
            ),
            ("Geschäftsgebühr Nr. 2300 VV RVG", 157, 864),
            ("3.017,12", 1417, 864),
            ("Gesamtbetrag", 929, 1147),
            ("3.590,37 €", 1403, 1147),
            ("Roth & Partner Rechtsanwälte PartG mbB | Partner: Dr. Sabine Roth", 157, 2080),
            ("Partnerschaftsregister AG Essen PR 4418 Sitz Düsseldorf", 157, 2123),
        )
    )

    assert invoice.vendor == "Roth & Partner Rechtsanwälte PartG mbB"


def test_a_footer_name_whose_dot_the_ocr_read_as_a_dash_after_its_form_is_cut_there():
    invoice = read(
        page(
            ("FACTURE", 900, 60),
            ("N° FAC/2025/00087", 900, 100),
            ("Date : 18/02/2025", 900, 140),
            ("Café des Arts SPRL", 157, 443),
            ("Rue Neuve 12, 4000 Liège", 157, 479),
            ("Bière blonde, fût 30 L", 299, 864),
            ("3.000,00", 1417, 864),
            ("Total TVAC", 929, 1147),
            ("3.625,80 €", 1403, 1147),
            ("Brasserie Vandenberghe SRL-BE 0712.345.678-RPM Liège, division Liège", 157, 2123),
            ("IBAN BE71 0689 4471 9022", 157, 2172),
        )
    )

    assert invoice.vendor == "Brasserie Vandenberghe SRL"


def test_a_spanish_invoice_over_two_pages_totals_past_its_suma_y_sigue_and_its_estate_address():
    invoice = read(
        page(
            ("Suministros Eléctricos Levante, S.A.", 150, 120),
            ("Pol. Ind. Store, C/ A, nave 14 · 41008 Sevilla", 150, 160),
            ("CIF A41287368 · pedidos@selevante.es", 150, 200),
            ("Cliente", 900, 120),
            ("Instalaciones Triana, S.L.", 900, 160),
            ("C/ Pureza, 88", 900, 200),
            ("41010 Sevilla", 900, 240),
            ("FACTURA Nº", 150, 400),
            ("FV24-002871", 150, 440),
            ("FECHA", 600, 400),
            ("28/06/2024", 600, 440),
            ("Cable unipolar 2,5 mm² (rollo 100 m)", 150, 600),
            ("3.000,00", 1300, 600),
            ("Tubo corrugado 20 mm (rollo 50 m)", 150, 640),
            ("2.071,10", 1300, 640),
            ("SUMA Y SIGUE", 150, 700),
            ("5.071,10", 1300, 700),
            ("SUMA ANTERIOR", 150, 1300),
            ("5.071,10", 1300, 1300),
            ("Cargador vehículo eléctrico 7,4 kW", 150, 1400),
            ("1.001,86", 1300, 1400),
            ("Importe bruto", 150, 1500),
            ("Dto. P.P. 2 %", 400, 1500),
            ("Base imponible", 650, 1500),
            ("% IVA", 900, 1500),
            ("Cuota IVA", 1050, 1500),
            ("TOTAL FACTURA", 1250, 1500),
            ("6.072,96", 150, 1540),
            ("-121,46", 400, 1540),
            ("5.951,50", 650, 1540),
            ("21,00", 900, 1540),
            ("1.249,82", 1050, 1540),
            ("7.201,32 EUR", 1250, 1540),
            ("VENCIMIENTOS", 150, 1640),
            ("27/08/2024", 150, 1680),
            ("7.201,32 EUR", 400, 1680),
        )
    )
    assert (invoice.vendor, invoice.total) == ("Suministros Eléctricos Levante, S.A.", 7201.32)


@pytest.mark.parametrize(
    ("headings", "issued"),
    [
        (("Teljesítés dátuma", "Számla kelte", "Fizetési határidő"), "2024-08-12"),
        (("Datum uskutečnění plnění", "Datum vystavení", "Datum splatnosti"), "2024-08-12"),
        (("Toimituspäivä", "Laskun päiväys", "Eräpäivä"), "2024-08-12"),
        (("Data dostawy", "Data wystawienia", "Termin płatności"), "2024-08-12"),
    ],
)
def test_the_issue_date_among_supply_and_due_dates_in_more_languages(headings, issued):
    invoice = read(
        page(
            ("Dunamenti Gasztro Kft.", 100, 100),
            (headings[0], 100, 400),
            (headings[1], 600, 400),
            (headings[2], 1100, 400),
            ("2024.08.09.", 100, 450),
            ("2024.08.12.", 600, 450),
            ("2024.08.27.", 1100, 450),
            ("Összesen", 100, 800),
            ("601 978", 1100, 800),
        )
    )
    assert invoice.issue_date == issued


def test_a_swiss_sarl_and_sa_are_company_forms_and_the_customer_is_not_the_seller():
    invoice = read(
        page(
            ("Boulangerie-Pâtisserie Favre Sàrl", 111, 100),
            ("Rue de Bourg 19", 111, 140),
            ("1003 Lausanne", 111, 180),
            ("Facture n°", 111, 300),
            ("2025-0388", 400, 300),
            ("Café des Artisans SA", 900, 300),
            ("Date", 111, 340),
            ("31.05.2025", 400, 340),
            ("Avenue de la Gare 44", 900, 340),
            ("1003 Lausanne", 900, 380),
            ("Total TTC", 800, 700),
            ("CHF 3'304.10", 1100, 700),
            ("Payable par", 111, 900),
            ("Café des Artisans SA", 111, 940),
            ("Avenue de la Gare 44", 111, 980),
        )
    )
    assert invoice.vendor == "Boulangerie-Pâtisserie Favre Sàrl"


def test_the_share_capital_line_under_the_name_is_no_name():
    invoice = read(
        page(
            ("Dumas Électricité Générale", 111, 100),
            ("SAS au capital de 15 000 €", 111, 140),
            ("12 rue de la Paix, 44000 Nantes", 111, 180),
            ("Facture n° FC-25-00288", 111, 300),
            ("Date : 19/09/2025", 111, 340),
            ("Total TTC", 800, 700),
            ("16 188,44 €", 1100, 700),
        )
    )
    assert invoice.vendor == "Dumas Électricité Générale"


@pytest.mark.parametrize(
    ("sender", "letterhead"),
    [
        ("Dr. med. S. Albrecht", "Dr. med. Sabine Albrecht"),
        ("Hanse Feinkost GmbH & Co. KG", "Hanse Feinkost Großhandel GmbH & Co. KG"),
    ],
)
def test_a_sender_line_shortening_the_letterheads_name_gives_way_to_it(sender, letterhead):
    invoice = read(
        page(
            (letterhead, 111, 100),
            ("Hauptstraße 5 · 20457 Hamburg", 111, 140),
            (f"{sender} · Hauptstraße 5 · 20457 Hamburg", 111, 300),
            ("Herrn", 111, 340),
            ("Matthias Vogel", 111, 380),
            ("Lindenweg 3", 111, 420),
            ("22085 Hamburg", 111, 460),
            ("Rechnung Nr. 2025-118", 111, 600),
            ("Rechnungsdatum: 02.09.2025", 111, 640),
            ("Rechnungsbetrag", 800, 900),
            ("412,30 €", 1100, 900),
        )
    )
    assert invoice.vendor == letterhead


def test_a_credit_note_is_dated_by_its_own_date_not_the_invoice_it_corrects():
    invoice = read(
        page(
            ("Haustechnik Vogt GmbH - Mühlenweg 5 - 28195 Bremen", 111, 100),
            ("Hotel am Wall GmbH", 111, 160),
            ("Rechnungskorrektur Nr.", 800, 160),
            ("RK-2025-007", 1100, 160),
            ("Datum", 800, 200),
            ("02.09.2025", 1100, 200),
            ("zur Rechnung Nr.", 800, 240),
            ("RE-2025-1187", 1100, 240),
            ("Rechnung vom", 800, 280),
            ("12.08.2025", 1100, 280),
            ("Rechnungskorrektur (Gutschrift)", 111, 400),
            ("Summe netto", 800, 700),
            ("-696,00 €", 1100, 700),
            ("Umsatzsteuer 19 %", 800, 740),
            ("-132,24 €", 1100, 740),
            ("Gutschriftsbetrag", 800, 780),
            ("-828,24 €", 1100, 780),
        )
    )
    assert invoice.issue_date == "2025-09-02"
    assert invoice.total == -828.24


def test_an_unlabelled_customer_beside_the_sellers_address_is_told_by_the_payment_advice():
    invoice = read(
        page(
            ("INVOICE", 111, 80),
            ("Invoice Date", 700, 120),
            ("18 Feb 2025", 700, 160),
            ("Harrogate Dental Care Ltd", 111, 200),
            ("Invoice Number", 700, 200),
            ("42 Station Parade", 111, 240),
            ("INV-0382", 700, 240),
            ("Brightwire Electrical Services Ltd", 1000, 240),
            ("Harrogate", 111, 280),
            ("Unit 7, Kirkstall Trade Park", 1000, 280),
            ("HG1 1TE", 111, 320),
            ("Leeds LS5 3BT", 1000, 320),
            ("Subtotal", 800, 700),
            ("1,685.80", 1100, 700),
            ("TOTAL VAT 20%", 800, 740),
            ("337.16", 1100, 740),
            ("TOTAL GBP", 800, 780),
            ("2,022.96", 1100, 780),
            ("Payment by bank transfer to Brightwire Electrical Services Ltd", 111, 860),
            ("PAYMENT ADVICE", 111, 1000),
            ("Customer", 600, 1000),
            ("Harrogate Dental Care Ltd", 900, 1000),
            ("To: Brightwire Electrical Services Ltd", 111, 1040),
            ("Unit 7, Kirkstall Trade Park", 111, 1080),
            ("Leeds", 111, 1120),
            ("LS5 3BT", 111, 1160),
        )
    )
    assert invoice.vendor == "Brightwire Electrical Services Ltd"


def test_a_bare_number_label_in_its_own_column_beats_a_reference_below_it():
    invoice = read(
        page(
            ("TAX INVOICE", 111, 80),
            ("print·signage·display", 111, 140),
            ("Number:", 700, 140),
            ("INV0009921", 1000, 140),
            ("Date:", 700, 180),
            ("2025/04/22", 1000, 180),
            ("Highveld Print & Signage (Pty) Ltd", 111, 220),
            ("Reference:", 700, 220),
            ("PO 3345", 1000, 220),
            ("Total", 800, 700),
            ("10,442.00", 1100, 700),
        )
    )
    assert invoice.invoice_number == "INV0009921"



def test_an_irish_dac_named_only_in_the_footer_is_the_seller_not_the_billed_company():
    invoice = read(
        page(
            ("Electricity Bill", 111, 80),
            ("VAT Invoice", 111, 120),
            ("Brannock Bakery Ltd", 111, 200),
            ("Account number", 700, 200),
            ("9 1028 4471 03", 1000, 200),
            ("Unit 7, Ballymount Industrial Estate", 111, 240),
            ("Invoice number", 700, 240),
            ("88201573", 1000, 240),
            ("Dublin 24", 111, 280),
            ("Bill date", 700, 280),
            ("12 September 2024", 1000, 280),
            ("VAT No. IE6388215K", 111, 320),
            ("Charges this period (incl. VAT)", 111, 500),
            ("€1,135.47", 1000, 500),
            ("Amount due", 111, 540),
            ("€1,135.47", 1000, 540),
            (
                "Lumen Energy Supply Ireland DAC, Block C, Riverview Business Park, Dublin 12."
                " Registered in Ireland No. 598823. VAT IE3598823TH.",
                111,
                1500,
            ),
        )
    )
    assert invoice.vendor == "Lumen Energy Supply Ireland DAC"


def test_a_hotels_invoice_number_beats_the_folio_number_beside_it():
    invoice = read(
        page(
            ("Brightwater Consulting GmbH", 111, 100),
            ("Invoice", 700, 100),
            ("2025-004417", 1000, 100),
            ("Ms. Jana Ortmann", 111, 140),
            ("Invoice date", 700, 140),
            ("14-02-2025", 1000, 140),
            ("Folio no.", 700, 180),
            ("88231", 1000, 180),
            ("Total", 800, 700),
            ("2,774.56", 1100, 700),
        )
    )
    assert invoice.invoice_number == "2025-004417"


def test_an_indian_tax_invoices_total_is_not_its_hsn_summary_nor_its_quantity():
    invoice = read(
        page(
            ("NARMADA POLYMERS PVT. LTD.", 150, 60),
            ("Tax Invoice", 900, 60),
            ("Invoice No.", 900, 120),
            ("NPPL/2324/1046", 1200, 120),
            ("Dated", 900, 160),
            ("18-Jan-24", 1200, 160),
            ("Masterbatch White", 150, 300),
            ("9,025 Kg", 800, 300),
            ("11,46,107.50", 1300, 300),
            ("IGST @ 18%", 150, 340),
            ("2,06,299.35", 1300, 340),
            ("Round Off", 150, 380),
            ("(+)0.15", 1300, 380),
            ("Total", 150, 420),
            ("9,025 Kg", 800, 420),
            ("₹ 13,52,407.00", 1250, 420),
            ("HSN/SAC", 150, 500),
            ("Taxable Value", 500, 500),
            ("IGST Rate", 800, 500),
            ("IGST Amount", 1000, 500),
            ("Total Tax Amount", 1250, 500),
            ("32061190", 150, 540),
            ("11,46,107.50", 500, 540),
            ("18%", 800, 540),
            ("2,06,299.35", 1000, 540),
            ("2,06,299.35", 1250, 540),
            ("Total", 150, 580),
            ("11,46,107.50", 500, 580),
            ("2,06,299.35", 1000, 580),
            ("2,06,299.35", 1250, 580),
        )
    )
    assert invoice.total == 1352407.00


def test_cgst_and_sgst_halves_with_a_round_off_confirm_the_total_over_a_later_table_sum():
    invoice = read(
        page(
            ("SkyLink Fibernet Private Limited", 150, 60),
            ("Tax Invoice", 900, 60),
            ("Fibre 300 Mbps Quarterly Rental", 150, 300),
            ("2,997.00", 1300, 300),
            ("Static IP Address", 150, 340),
            ("300.30", 1300, 340),
            ("Taxable Value", 150, 380),
            ("3,297.30", 1300, 380),
            ("CGST @ 9%", 150, 420),
            ("296.76", 1300, 420),
            ("SGST @ 9%", 150, 460),
            ("296.76", 1300, 460),
            ("Round Off", 150, 500),
            ("+0.18", 1300, 500),
            ("Total Invoice Amount", 150, 540),
            ("3,891.00", 1300, 540),
            ("Data Usage", 150, 1400),
            ("Total", 150, 1800),
            ("465.58", 1000, 1800),
            ("48.51", 1300, 1800),
        )
    )
    assert invoice.total == 3891.00
    assert "total" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize("blessing", ["|| Shree Ganeshay Namah ||", "॥ शुभ लाभ ॥", "I| Jai Maa Durga II"])
def test_a_blessing_over_an_indian_traders_bill_is_no_name(blessing):
    invoice = read(
        page(
            (blessing, 600, 40),
            ("SHREE GANESH TRADERS", 450, 100),
            ("41, Siyaganj Main Road, Indore (M.P.) - 452007", 400, 150),
            ("Party", 150, 250),
            (": M/s Sharma General Store", 300, 250),
            ("Bill No.", 900, 250),
            (": A-2931", 1100, 250),
            ("Grand Total", 800, 760),
            ("₹ 1,19,432.00", 1200, 760),
            ("For SHREE GANESH TRADERS", 900, 1900),
        )
    )
    assert invoice.vendor == "SHREE GANESH TRADERS"


def test_a_name_printed_the_same_way_twice_is_not_mended_to_a_common_word():
    invoice = read(
        page(
            ("SHRI RADHE KRISHNA TRADERS", 450, 100),
            ("41, Siyaganj Main Road, Indore (M.P.) - 452007", 400, 150),
            ("Bill No.", 900, 250),
            (": A-2931", 1100, 250),
            ("Grand Total", 800, 760),
            ("₹ 1,19,432.00", 1200, 760),
            ("SHRI RADHE KRISHNA TRADERS", 150, 1900),
        )
    )
    assert invoice.vendor == "SHRI RADHE KRISHNA TRADERS"


def test_a_party_label_heads_the_buyer_of_an_indian_bill():
    invoice = read(
        page(
            ("GSTIN : 22ZZEPA2369U1ZC", 150, 40),
            ("AGARWAL STEEL SUPPLIERS", 500, 100),
            ("Shop No. 14-15, Lohar Chowk, Raipur (C.G.) - 492001", 400, 150),
            ("TAX INVOICE", 600, 220),
            ("Party Details :", 150, 280),
            ("Invoice No.", 900, 280),
            (": ASS/0482/23-24", 1100, 280),
            ("M/s Kalinga Fabricators Pvt. Ltd.", 150, 320),
            ("Plot No. 88, Mancheswar Industrial Estate", 150, 360),
            ("Grand Total", 800, 760),
            ("₹ 2,36,000.00", 1200, 760),
        )
    )
    assert invoice.vendor == "AGARWAL STEEL SUPPLIERS"


def test_a_credit_notes_title_and_the_invoice_it_corrects_are_not_its_seller_and_number():
    invoice = read(
        page(
            ("Credit Note", 600, 40),
            ("SAHYADRI PHARMA DISTRIBUTORS", 150, 100),
            ("Credit Note No.", 900, 100),
            ("Dated", 1200, 100),
            ("Shahupuri, Kolhapur - 416001", 150, 140),
            ("CN/0031/24-25", 900, 140),
            ("22-Apr-24", 1200, 140),
            ("GSTIN/UIN: 27VFHFS6194Z1ZU", 150, 180),
            ("Original Invoice No.", 900, 180),
            ("Dated", 1200, 180),
            ("SPD/2324/4418", 900, 220),
            ("15-Mar-24", 1200, 220),
            ("Total", 800, 760),
            ("₹ 7,074.00", 1200, 760),
        )
    )
    assert (invoice.vendor, invoice.invoice_number) == (
        "SAHYADRI PHARMA DISTRIBUTORS",
        "CN/0031/24-25",
    )


def test_a_registered_office_after_the_name_is_not_part_of_it():
    assert clean_name("Airvani Telecom Limited, Regd. Office: Airvani Centre") == (
        "Airvani Telecom Limited"
    )
    assert clean_name("Airvani Telecom Limited, Regd.") == "Airvani Telecom Limited"


def test_a_round_off_ending_the_tax_tables_sum_row_makes_the_net_amount_the_total():
    invoice = read(
        page(
            ("SHREE GANESH TRADERS", 450, 100),
            ("Bill No.", 900, 250),
            (": A-2931", 1100, 250),
            ("Taxable Amount", 150, 520),
            ("1,09,892.46", 1250, 520),
            ("GST", 150, 560),
            ("9,539.22", 1250, 560),
            ("Total (28 items)", 150, 600),
            ("1,09,892.46", 700, 600),
            ("9,539.22", 950, 600),
            ("1,19,431.68", 1250, 600),
            ("Class", 150, 650),
            ("Taxable", 400, 650),
            ("CGST", 600, 650),
            ("SGST", 800, 650),
            ("Total", 150, 700),
            ("1,09,892.46", 400, 700),
            ("4,769.61", 600, 700),
            ("4,769.61", 800, 700),
            ("Round Off", 1000, 700),
            ("+0.32", 1250, 700),
            ("NET AMOUNT", 900, 760),
            ("₹ 1,19,432.00", 1200, 760),
        )
    )
    assert invoice.total == 119432.00


def test_an_e_invoices_acknowledgement_date_is_not_its_issue_date():
    invoice = read(
        page(
            ("Tax Invoice", 600, 40),
            ("Ack No.", 150, 100),
            (": 112456263953156", 400, 100),
            ("Ack Date", 150, 140),
            (": 01-Mar-24", 400, 140),
            ("ASHOKA AUTO COMPONENTS PRIVATE LIMITED", 150, 220),
            ("Invoice No.", 900, 220),
            ("Dated", 1200, 220),
            ("AAC/23-24/2217", 900, 260),
            ("29-Feb-24", 1200, 260),
            ("Total", 800, 760),
            ("₹ 15,63,423.00", 1200, 760),
        )
    )
    assert invoice.issue_date == "2024-02-29"


def test_a_name_run_on_into_the_label_beside_it_ends_with_its_company_form():
    invoice = read(
        page(
            ("Tax Invoice", 600, 40),
            ("IRN : 4232f122b6db44eb65695dea5f44fbf13a6667c8", 150, 100),
            ("ASHOKA AUTO COMPONENTS PRIVATE LIMITED Invoice No.", 150, 220),
            ("Dated", 1200, 220),
            ("Plot No. B-27, MIDC Chakan Phase II", 150, 260),
            ("AAC/23-24/2217", 900, 260),
            ("29-Feb-24", 1200, 260),
            ("Total", 800, 760),
            ("₹ 15,63,423.00", 1200, 760),
        )
    )
    assert invoice.vendor == "ASHOKA AUTO COMPONENTS PRIVATE LIMITED"


def test_a_date_labelled_in_its_own_column_is_not_ruled_out_by_another_columns_words():
    invoice = read(
        page(
            ("Pixelkraft Design Studio LLP", 150, 60),
            ("TAX INVOICE", 900, 60),
            ("Bill To", 150, 200),
            ("Ship To", 420, 200),
            ("Invoice Date :", 700, 200),
            ("12/03/2024", 950, 200),
            ("Due Date :", 900, 240),
            ("27/03/2024", 1200, 240),
            ("Total", 800, 760),
            ("₹ 88,500.00", 1200, 760),
            ("50% advance received on 04/03/2024 (UPI ref 406412788190).", 150, 900),
        )
    )
    assert invoice.issue_date == "2024-03-12"
    assert "issue_date" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("debit", "balance"),
    [
        ("prélèvement", "Solde de votre facture précédente du"),
        ("prélvement", "Solde de votre facture précédente du"),
        ("prélèvement", "Solde de votre facture du"),
    ],
)
def test_a_previous_bills_date_and_a_direct_debits_are_not_the_invoices_date(debit, balance):
    invoice = read(
        page(
            ("Altiwave Télécom SA", 150, 40),
            ("Votre facture", 150, 100),
            (f"{balance} 20/01/2024", 150, 200),
            ("36,99 €", 1200, 200),
            ("Date de facture", 150, 260),
            (f"({debit} du 05/02/2024 rejeté – non réglé à ce jour)", 700, 260),
            ("20/02/2024", 150, 300),
            ("Montant de votre facture du mois", 150, 400),
            ("44,98 €", 1200, 400),
            ("Ce montant sera prélevé le 05/03/2024 sur votre compte.", 150, 500),
        )
    )
    assert invoice.issue_date == "2024-02-20"


@pytest.mark.parametrize(
    ("own", "reference", "number"),
    [
        (
            [("Gutschrift-Nr.:", 900, 100), ("GS-2024-0087", 1200, 100)],
            ("Rechnungskorrektur zu Rechnung Nr. 2024-11532 vom 14.10.2024", 150, 300),
            "GS-2024-0087",
        ),
        (
            [("Facture d'origine :", 900, 100), ("FA-2024-0457", 1200, 100)],
            ("AVOIR N° AV-2024-0012", 150, 300),
            "AV-2024-0012",
        ),
        (
            [("Note de crédit n° :", 900, 100), ("NC-2025-0009", 1200, 100)],
            ("N° NC-2025-0009 – se rapportant à la facture n° 2025-0311 du 22/04/2025", 150, 300),
            "NC-2025-0009",
        ),
    ],
)
def test_a_credit_note_is_numbered_and_dated_by_itself_not_by_the_invoice_it_corrects(
    own, reference, number
):
    invoice = read(
        page(
            ("Papierwerk Sauerland GmbH & Co. KG", 150, 40),
            *own,
            ("Datum:", 900, 140),
            ("04.11.2024", 1200, 140),
            reference,
            ("Gesamtbetrag", 800, 760),
            ("-791,35 €", 1200, 760),
        )
    )
    assert (invoice.invoice_number, invoice.issue_date) == (number, "2024-11-04")


def test_gesamt_inkl_mwst_is_the_total_over_the_amount_a_rate_is_reckoned_on():
    invoice = read(
        page(
            ("Druckerei Hagelstein GmbH", 150, 40),
            ("Rechnung", 150, 200),
            ("Imagebroschüre 24 Seiten A4", 150, 300),
            ("1.720,00", 1300, 300),
            ("Flyer A5", 150, 340),
            ("837,50", 1300, 340),
            ("Gesamt exkl. MwSt.", 700, 500),
            ("2.557,50 €", 1250, 500),
            ("MwSt. 21 % auf 837,50 €", 700, 540),
            ("175,88 €", 1250, 540),
            ("MwSt. 6 % auf 1.720,00 €", 700, 580),
            ("103,20 €", 1250, 580),
            ("Gesamt inkl. MwSt.", 700, 620),
            ("2.836,58 €", 1250, 620),
        )
    )
    assert invoice.total == 2836.58
