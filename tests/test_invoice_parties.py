"""Who issued an invoice, and its number, from layout evidence rather than "the first line".

Layouts built here as OCR boxes: letters with a return address over the envelope
window and a legal footer, side-by-side seller and buyer blocks, label-value tables
as e-invoice viewers print them, and till receipts with a brand line over the legal
name. Confidence must say whether the evidence agrees: below 0.7 means a person
should look.
"""

import pytest

from bot.invoices.bank_and_tax_ids import bank_or_tax_id
from bot.invoices.labels import LEGAL_FORMS
from bot.invoices.layout import rows
from bot.invoices.parties import clean_name, may_name, nameless_sender_window
from bot.invoices.rules import extract
from bot.invoices.validate import SURE, checks, needs_review
from bot.providers.types import OcrLine
from tests.test_invoice_rules import TODAY, line, receipt


def page(*placed: tuple) -> list[OcrLine]:
    """(text, x, y), or (text, x, y, height) for a line set larger, as OCR boxes, in
    scrambled detection order."""
    lines = [line(text, x, y, height=rest[0] if rest else 30) for text, x, y, *rest in placed]
    return lines[1::2] + lines[::2]


def read(lines: list[OcrLine]):
    return extract(rows(lines), today=TODAY)


LETTER = page(
    ("Holzbau Berger GmbH · Sägewerkstr. 4 · 79100 Freiburg", 150, 380),
    ("Stadtwerke Lahr AG", 150, 440),
    ("Einkauf", 150, 480),
    ("Bahnhofstraße 1", 150, 520),
    ("77933 Lahr", 150, 560),
    ("Rechnungs-Nr.:", 900, 440),
    ("RE-2024-0815", 1200, 440),
    ("Datum:", 900, 480),
    ("12.03.2024", 1200, 480),
    ("Rechnung", 150, 700),
    ("Dachstuhl Montage", 150, 800),
    ("4.200,00 €", 1300, 800),
    ("Gesamtbetrag", 150, 900),
    ("4.998,00 €", 1300, 900),
    ("Holzbau Berger GmbH", 110, 2100),
    ("USt-IdNr. DE811234567", 700, 2100),
    ("Sägewerkstr. 4", 110, 2130),
    ("IBAN DE12 6805 0101 0000 1234 56", 700, 2130),
    ("79100 Freiburg", 110, 2160),
    ("Amtsgericht Freiburg HRB 7012", 700, 2160),
)


def test_a_letter_is_issued_by_its_return_address_and_footer_not_the_addressee():
    invoice = read(LETTER)
    assert invoice.vendor == "Holzbau Berger GmbH"
    assert invoice.confidence["vendor"] >= 0.85
    assert invoice.invoice_number == "RE-2024-0815"
    assert invoice.confidence["invoice_number"] >= 0.85


def test_the_seller_block_wins_over_the_buyer_block_printed_first():
    invoice = read(
        page(
            ("INVOICE", 150, 100),
            ("Buyer", 150, 250),
            ("Seller", 900, 250),
            ("Northwind Traders Ltd", 150, 300),
            ("Brightwater Supplies Ltd", 900, 300),
            ("12 Harbour Road", 150, 340),
            ("4 Mill Lane", 900, 340),
            ("Leeds LS1 4DY", 150, 380),
            ("York YO1 7HH", 900, 380),
            ("VAT Reg. No. GB 123 4567 89", 900, 420),
            ("Invoice No.", 150, 600),
            ("Date", 600, 600),
            ("INV-7731", 150, 640),
            ("03/04/2024", 600, 640),
            ("Total due", 150, 900),
            ("£ 120.00", 1200, 900),
        )
    )
    assert invoice.vendor == "Brightwater Supplies Ltd"
    assert invoice.confidence["vendor"] >= 0.85
    assert invoice.invoice_number == "INV-7731"


def test_label_value_tables_of_an_e_invoice_viewer():
    invoice = read(
        page(
            ("Visualisierung eRechnung", 150, 100),
            ("Stylesheet-Version:", 175, 330),
            ("3.1 vom 01.01.2025", 720, 330),
            ("Teilrechnung (326) Nr. 2024-17 vom 01.02.2024", 170, 550),
            ("Währung:", 175, 600),
            ("EUR", 830, 600),
            ("Verkäufer", 175, 760),
            ("Nummer:", 175, 800),
            ("10442", 840, 800),
            ("Name:", 175, 840),
            ("Elektro Maier GmbH & Co. KG", 840, 840),
            ("Anschrift:", 175, 880),
            ("Lindenweg 3", 840, 880),
            ("USt.-Id.-Nr.:", 175, 920),
            ("DE287654321", 840, 920),
            ("Käufer/Leistungsempfänger", 175, 1100),
            ("Name:", 175, 1140),
            ("Kunde Handel AG", 840, 1140),
        )
    )
    assert invoice.vendor == "Elektro Maier GmbH & Co. KG"
    assert invoice.confidence["vendor"] >= 0.85
    assert invoice.invoice_number == "2024-17"


def test_a_name_run_over_two_lines_under_its_heading_is_joined():
    invoice = read(
        page(
            ("Verkäufer:", 130, 770),
            ("Gemeinnütziger Bauverein", 135, 830),
            ("Rheinstadt e.G.", 135, 860),
            ("Hafenstraße 9", 135, 890),
            ("USt.-Id.-Nr. : DE199999999", 135, 950),
            ("Käufer/Leistungsempfänger:", 135, 1050),
            ("Erika Musterfrau", 135, 1110),
        )
    )
    assert invoice.vendor == "Gemeinnütziger Bauverein Rheinstadt e.G."


def test_the_legal_name_over_its_registration_number_beats_the_brand_line():
    invoice = read(
        receipt(
            [("Kopi Corner", 200)],
            [("Mid Valley Outlet", 160)],
            [("Berjaya Kopi Sdn Bhd (123456-A)", 60)],
            [("Lot 5, Jalan Kerinchi, 59200 Kuala Lumpur", 20)],
            [("GST ID: 000123456789", 120)],
            [("Cash Sale", 200)],
            [("Latte", 20), ("9.50", 500)],
            [("TOTAL", 20), ("9.50", 500)],
        )
    )
    assert invoice.vendor == "Berjaya Kopi Sdn Bhd"
    assert invoice.confidence["vendor"] >= 0.85


ITEMS = [[(f"ITEM {n}", 20), ("1.20", 500)] for n in range(20)]


def test_the_company_a_receipt_says_owns_the_shop_is_not_the_shop():
    invoice = read(
        receipt(
            [("PUSTAKA CAHAYA", 160)],
            [("No. 12, Jalan Pasar 3, 41000 Klang", 40)],
            [("Tel: 03-3371 2288", 160)],
            [("GST ID No: 001234509876", 120)],
            [("TAX INVOICE", 200)],
            [("Owned By :", 200)],
            [("CAHAYA NIAGA SDN BHD (1122334-K)", 60)],
            [("CASH SALES", 200)],
            *ITEMS,
            [("TOTAL", 20), ("24.00", 500)],
        )
    )
    assert invoice.vendor == "PUSTAKA CAHAYA"
    assert invoice.confidence["vendor"] >= SURE


@pytest.mark.parametrize("owned_by", ["Owned by", "Dimiliki oleh"])
def test_an_owner_named_in_the_footer_gives_way_to_the_shop_heading_the_receipt(owned_by):
    invoice = read(
        receipt(
            [("ROTI HOUSE", 200)],
            [("Lot 3, Jalan Bunga 2, 47300 Petaling Jaya", 40)],
            *ITEMS,
            [("TOTAL", 20), ("24.00", 500)],
            [("Thank you, come again", 120)],
            [(owned_by, 200)],
            [("Roti Nusantara Sdn Bhd", 120)],
            [("Co. No. 512233-T", 160)],
        )
    )
    assert invoice.vendor == "ROTI HOUSE"


def test_an_owner_statement_in_malay_under_the_shop_name_gives_way_to_it():
    invoice = read(
        receipt(
            [("RSH NUSENTRAL", 200)],
            [("DIMILIKI OLEH RSH (MALAYSIA) SDN BHD", 120)],
            [("(123456-K)", 160)],
            [("Lot 3, Jalan Stesen Sentral, 50470 Kuala Lumpur", 40)],
            *ITEMS,
            [("TOTAL", 20), ("24.00", 500)],
        )
    )
    assert invoice.vendor == "RSH NUSENTRAL"


@pytest.mark.parametrize(
    ("heading", "owner"),
    [
        ([("LOTUS BAKERY", 200), ("Bread & Cakes", 220)], "Lotus Bakery Foods (Pvt) Ltd"),
        ([("FARMASI MELATI", 160), ("Cawangan Taman Melati", 180)], "Melati Ubat Sdn Bhd"),
    ],
)
def test_an_owner_statement_backs_the_heading_over_a_subtitle_or_branch_line(heading, owner):
    """The heading is the shop's name whether or not the owner's reads as a company, and
    even when the owner's name begins with it (a brand and the firm it is named after)."""
    invoice = read(
        receipt(
            *[[cell] for cell in heading],
            [(f"Owned by {owner} PV 00284471", 40)],
            [("12 Galle Road, Colombo 03", 80)],
            *ITEMS,
            [("TOTAL", 20), ("24.00", 500)],
        )
    )
    assert invoice.vendor == heading[0][0]
    assert invoice.confidence["vendor"] >= SURE


def test_two_companies_printed_as_the_seller_leave_the_vendor_for_review():
    invoice = read(
        receipt(
            [("Mega Kopi Sdn Bhd (556677-X)", 60)],
            [("Lot 5, Jalan Kerinchi, 59200 Kuala Lumpur", 20)],
            [("GST ID: 000123456789", 120)],
            [("Kita Food Services Sdn Bhd (998877-A)", 60)],
            [("Latte", 20), ("9.50", 500)],
            [("TOTAL", 20), ("9.50", 500)],
        )
    )
    assert invoice.vendor in {"Mega Kopi Sdn Bhd", "Kita Food Services Sdn Bhd"}
    assert invoice.confidence["vendor"] < SURE
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_the_legal_name_is_the_line_right_above_a_bare_registration_number():
    invoice = read(
        receipt(
            [("SEDAP NOODLE CORNER", 100)],
            [("SNC FOOD HOUSE", 150)],
            [("(001234567-K)", 180)],
            [("No.2, Jalan Metro 1, 52100 Kepong", 40)],
            [("TOTAL", 20), ("12.00", 500)],
        )
    )
    assert invoice.vendor == "SNC FOOD HOUSE"
    assert invoice.confidence["vendor"] >= SURE


def test_a_name_broken_after_an_ampersand_is_joined_and_ocr_slips_in_the_form_mended():
    joined = read(
        receipt(
            [("LIM BROTHERS HARDWARE &", 100)],
            [("ELECTRICAL", 200)],
            [("NO. 3, JALAN BESI, 40170 SHAH ALAM", 20)],
            [("TOTAL", 20), ("5.00", 500)],
        )
    )
    assert joined.vendor == "LIM BROTHERS HARDWARE & ELECTRICAL"
    mended = read(receipt([("Sinar Jaya Trading 5dn Bhd", 80)], [("TOTAL", 20), ("5.00", 500)]))
    assert mended.vendor == "Sinar Jaya Trading Sdn Bhd"


def test_a_mail_domain_points_at_the_issuer_beside_an_unlabelled_addressee():
    invoice = read(
        page(
            ("Invoice 20931", 150, 90),
            ("Lakeside Dental Practice", 150, 300),
            ("Nordwind Logistik", 1300, 300),
            ("7 Quay Street", 150, 340),
            ("Hafenweg 8", 1300, 340),
            ("Total", 900, 1300),
            ("340.00", 1400, 1300),
            ("Email", 1200, 2040),
            ("billing@nordwind-logistik.de", 1200, 2070),
        )
    )
    assert invoice.vendor == "Nordwind Logistik"
    assert invoice.invoice_number == "20931"


def test_a_logo_word_gives_way_to_the_full_name_it_begins():
    invoice = read(
        page(
            ("Invoice 58120", 150, 90),
            ("kestrel", 1380, 140),
            ("Harbour Bakery", 150, 300),
            ("KESTREL SYSTEMS", 1300, 300),
            ("2 Mill Lane", 150, 340),
            ("Ringstraße 40", 1300, 340),
            ("Total", 900, 1300),
            ("1,200.00", 1400, 1300),
            ("Email", 1200, 2040),
            ("accounts@kestrel.io", 1200, 2070),
        )
    )
    assert invoice.vendor == "KESTREL SYSTEMS"
    assert invoice.confidence["vendor"] >= SURE


def test_a_sold_by_label_names_its_own_column_not_the_billing_address_beside_it():
    invoice = read(
        page(
            ("Tax Invoice", 700, 60),
            ("Sold By: Surya Retail Pvt Ltd", 150, 150),
            ("Billing Address: Priya Nair", 900, 150),
            ("Invoice Number: MH-PNQ-2231-24", 150, 400),
            ("Grand Total", 800, 760),
            ("₹2,500.00", 1300, 760),
        )
    )
    assert invoice.vendor == "Surya Retail Pvt Ltd"
    assert invoice.confidence["vendor"] >= SURE
    split = read(page(("Seller:", 150, 100), ("ACME Trading GmbH", 500, 100), ("Buyer:", 900, 100)))
    assert split.vendor == "ACME Trading GmbH"


def test_a_supplier_label_beside_another_label_names_the_company_under_it():
    invoice = read(
        page(
            ("FAKTURA - DAŇOVÝ DOKLAD", 150, 60),
            ("Dodavatel:", 150, 150),
            ("Variabilní symbol:", 900, 150),
            ("240318", 1300, 150),
            ("Kovovýroba Dvořák a syn s.r.o.", 150, 200),
            ("Konstantní symbol:", 900, 200),
            ("0308", 1300, 200),
            ("Průmyslova 1480", 150, 250),
            ("Celkem k úhradě", 800, 760),
            ("12 480,00 Kč", 1300, 760),
        )
    )
    assert invoice.vendor == "Kovovýroba Dvořák a syn s.r.o."
    labelled_field = read(
        page(
            ("Supplier:", 150, 150),
            ("Booking details", 500, 150),
            ("Total", 800, 760),
            ("45.00", 1300, 760),
        )
    )
    assert labelled_field.vendor == "Booking details"
    assert "vendor" in needs_review(labelled_field, checks(labelled_field, TODAY))


def test_a_tax_id_run_onto_the_name_after_a_dot_is_cut_off():
    assert clean_name("Rosterly Pty Ltd ·ABN 61 624 338 190") == "Rosterly Pty Ltd"
    assert clean_name("Alba Alimentación S.A. CIF A-28123456") == "Alba Alimentación S.A."


def test_a_marketplace_invoice_naming_seller_and_platform_leaves_the_vendor_for_review():
    printed = [
        ("Retail Invoice", 700, 60),
        ("Sold By: Surya Retail Pvt Ltd", 150, 150),
        ("Invoice Number: MH-PNQ-2231-24", 150, 400),
        ("Grand Total", 800, 760),
        ("₹2,500.00", 1300, 760),
    ]
    through = [("Ordered Through :", 150, 900), ("ShopKart.com Customer Care", 150, 940)]
    on_platform = read(page(*printed, *through))
    assert on_platform.vendor == "Surya Retail Pvt Ltd"
    assert "vendor" in needs_review(on_platform, checks(on_platform, TODAY))
    own_shop = read(page(*printed, ("Ordered through Surya Retail online", 150, 900)))
    assert "vendor" not in needs_review(own_shop, checks(own_shop, TODAY))


def test_a_freelancers_platform_handle_beside_an_item_is_not_the_issuer():
    invoice = read(
        page(
            ("INVOICE", 150, 60),
            ("Gigpad International Ltd.", 150, 110),
            ("8 Kaplan Street, Tel Aviv", 150, 150),
            ("Invoice No.", 150, 300),
            ("FI1478823", 500, 300),
            ("Animated trailer (Premium)", 150, 500),
            ("$450.00", 1300, 500),
            ("Seller: mira_motion", 170, 530),
            ("Total", 800, 700),
            ("$450.00", 1300, 700),
        )
    )
    assert invoice.vendor == "Gigpad International Ltd."


def test_a_logo_placeholder_and_the_vat_id_line_of_the_footer_are_no_names():
    invoice = read(
        page(
            ("LOGO", 150, 80),
            ("Musterfirma GmbH", 150, 140),
            ("Hauptstraße 1, 10115 Berlin", 150, 180),
            ("Rechnung", 150, 400),
            ("Rechnungsnummer: 2024-117", 150, 450),
            ("Datum: 03.04.2024", 150, 490),
            ("Gesamtbetrag", 900, 1300),
            ("1.190,00 €", 1300, 1300),
            ("USt-IdNr. DE123456789", 150, 2100),
        )
    )
    assert invoice.vendor == "Musterfirma GmbH"
    assert invoice.invoice_number == "2024-117"


def test_a_guess_from_the_first_line_alone_that_does_not_read_as_a_name_is_left_for_review():
    invoice = read(receipt([("Morning Glory 2", 150)], [("Tea", 20), ("3.00", 500)]))
    assert invoice.vendor == "Morning Glory 2"
    assert invoice.confidence["vendor"] < SURE
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_heading_and_a_footer_naming_different_companies_need_review():
    lines = page(
        ("Lieferant", 100, 170),
        ("Käufer", 580, 170),
        ("ALPENSTROM VERTRIEB GMBH", 100, 230),
        ("BERGHOF KG", 580, 230),
        ("Talstraße 2", 100, 260),
        ("Steuer-Nr: 143/123/45678", 100, 300),
        ("Beleg-Nr: KR-5531", 1000, 230),
        ("Summe", 900, 1600),
        ("120,00", 1400, 1600),
        ("HALLBACH ENERGIE GMBH", 110, 2140),
        ("USt-IdNr: DE123456789", 690, 2140),
        ("HRB Nr. 5512", 1060, 2140),
        ("www.hallbach-energie.de", 690, 2180),
    )
    invoice = read(lines)
    assert invoice.vendor in {"ALPENSTROM VERTRIEB GMBH", "HALLBACH ENERGIE GMBH"}
    assert invoice.confidence["vendor"] < SURE
    assert invoice.invoice_number == "KR-5531"


def test_invoice_numbers_in_french_and_german_and_never_a_vat_number():
    french = read(
        page(
            ("TVA n° FR40303265045", 150, 100),
            ("N° de facture", 150, 200),
            ("F-2024-0042", 600, 200),
        )
    )
    assert french.invoice_number == "F-2024-0042"
    german = read(page(("Handelsrechnung (380) Nr. 471102 vom 15.11.2024", 170, 550)))
    assert german.invoice_number == "471102"
    vat_only = read(page(("VAT No: GB123456789", 150, 100), ("Thank you", 150, 200)))
    assert vat_only.invoice_number is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Gearhead Automotive Repair LLC dba Precision Auto Care & Tire", "Gearhead Automotive Repair LLC"),
        (
            "Lone Star Office Tech is a d/b/a of LSOT Holdings, Inc., a Texas corporation.",
            "LSOT Holdings, Inc.",
        ),
        (
            "Tallyo Payments Europe Limited is regulated by the Central Bank of Ireland (ref.",
            "Tallyo Payments Europe Limited",
        ),
        ("Harbour Foods Ltd is registered in England and Wales", "Harbour Foods Ltd"),
        (
            "The Grand Meridian Chicago is operated by Lakeshore Meridian Hospitality LLC",
            "Lakeshore Meridian Hospitality LLC",
        ),
        ("APE 7410Z Lumière & Associés SAS", "Lumière & Associés SAS"),
        ("RailHop Ltd acts as a ticket retailer on behalf of the train companies.", "RailHop Ltd"),
        (
            "Gridline Distribution Ltd., Hollyhill Business Park, Cork, T23 YK84, Ireland.",
            "Gridline Distribution Ltd.",
        ),
        ("Nordwerk GmbH, Hafenstraße 5, 20457 Hamburg", "Nordwerk GmbH"),
        ("Siam Trading Co., Ltd.", "Siam Trading Co., Ltd."),
        ("Laurent Dubois EI, architecte DPLG", "Laurent Dubois EI"),
        (
            "Hartley Vance Solicitors LLP is a limited liability partnership registered in England",
            "Hartley Vance Solicitors LLP",
        ),
        ("Haugen Snekkerservice Ola Haugen (ENK)", "Haugen Snekkerservice Ola Haugen"),
        ("Kuopion Kiinteistöhuolto Oy Puh. 017 364 2100", "Kuopion Kiinteistöhuolto Oy"),
        (
            "Imprimerie Lambert & Fils SRL / Drukkerij Lambert & Zonen BV",
            "Imprimerie Lambert & Fils SRL",
        ),
        (
            "Golden Pillar GOLDEN PILLAR BUILDING SUPPLIES SDN. BHD.",
            "GOLDEN PILLAR BUILDING SUPPLIES SDN. BHD.",
        ),
        ("Bora Bora Pearls Ltd", "Bora Bora Pearls Ltd"),
        ("Stackwise is a product of Cobaltline Systems Inc.", "Cobaltline Systems Inc"),
    ],
)
def test_the_legal_name_is_kept_of_a_trading_name_clause_or_a_footers_sentence(printed, name):
    assert clean_name(printed) == name


def test_the_end_of_a_logos_name_on_the_line_below_is_no_name_of_its_own():
    invoice = read(
        page(
            ("PRECISION AUTO CARE", 111, 100),
            ("INVOICE", 1200, 100),
            ("& TIRE • ASE Certified • Since 1998", 111, 150),
            ("Gearhead Automotive Repair LLC dba Precision Auto Care & Tire", 111, 250),
            ("4120 E 82nd St, Indianapolis, IN 46250", 111, 290),
            ("Brake pads, front", 111, 600),
            ("189.00", 1300, 600),
            ("Total", 900, 800),
            ("189.00", 1300, 800),
        )
    )

    assert invoice.vendor == "Gearhead Automotive Repair LLC"


def test_the_customers_name_again_on_the_payment_slip_is_no_rival_to_the_seller():
    invoice = read(
        page(
            ("alpenfirn", 150, 120),
            ("Seefeldstrasse 210", 150, 160),
            ("8008 Zürich", 150, 200),
            ("Rechnungsadresse", 150, 300),
            ("Bergbahnen Oberland Holding AG", 150, 340),
            ("Bahnhofplatz 4", 150, 380),
            ("3800 Interlaken", 150, 420),
            ("Rechnung RG-24817", 150, 560),
            ("Datum: 10.03.2025", 900, 560),
            ("Total CHF", 150, 900),
            ("10'801.89", 1300, 900),
            ("Zahlbar durch", 150, 1900),
            ("Bergbahnen Oberland Holding AG", 150, 1940),
            ("Bahnhofplatz 4, 3800 Interlaken", 150, 1980),
            ("Alpenfirn Software AG · Seefeldstrasse 210 · IBAN CH56 0483 5044 7190 2210 0", 150, 2200),
        )
    )
    assert invoice.vendor == "Alpenfirn Software AG"


def test_a_swedish_invoice_named_only_in_its_footer_columns_is_from_that_company():
    invoice = read(
        page(
            ("Faktura", 900, 100),
            ("Fakturadatum", 900, 150),
            ("2024-09-12", 1200, 150),
            ("Fakturanr", 900, 190),
            ("10457", 1200, 190),
            ("Restaurang Skärgårdskrogen i Göteborg AB", 150, 300),
            ("Fiskhamnsgatan 12", 150, 340),
            ("414 58 GÖTEBORG", 150, 380),
            ("Rökt lax 1 kg", 150, 600),
            ("8 536,50", 1300, 600),
            ("Att betala SEK", 150, 900),
            ("9 727,00", 1300, 900),
            ("Adress", 150, 2150),
            ("Telefon", 600, 2150),
            ("Organisationsnr", 1100, 2150),
            ("Fjällbacka Rökeri AB", 150, 2180),
            ("0525-310 48", 600, 2180),
            ("556734-2182", 1100, 2180),
            ("Hamngatan 8", 150, 2210),
            ("Momsreg.nr", 1100, 2210),
            ("450 71 Fjällbacka", 150, 2240),
            ("SE556734218201", 1100, 2240),
        )
    )
    assert invoice.vendor == "Fjällbacka Rökeri AB"


def test_a_legal_form_opening_the_footers_next_statement_belongs_to_the_name_before_it():
    invoice = read(
        page(
            ("MOREAU & ASSOCIÉS", 150, 100),
            ("Facture N° H-2025-0089", 900, 150),
            ("Bordeaux, le 15/04/2025", 900, 190),
            ("Château La Brède-Haut", 150, 300),
            ("Tenue de comptabilité, mars 2025", 150, 600),
            ("4 842,00", 1300, 600),
            ("Total TTC", 900, 900),
            ("5 810,40 €", 1300, 900),
            (
                "Moreau & Associés Expertise – SELARL d'expertise comptable au capital de"
                " 60 000 € – Inscrite au Tableau de l'Ordre",
                150,
                2180,
            ),
            ("RCS Bordeaux 816 664 486 – TVA FR62816664486", 150, 2210),
        )
    )
    assert invoice.vendor == "Moreau & Associés Expertise SELARL"


def test_a_logos_tagline_saying_what_the_firm_supplies_is_no_sure_name():
    invoice = read(
        page(
            ("41 Jacobs Road, Jacobs, Durban 4052", 150, 80),
            ("UIS", 150, 120),
            ("Tel 031 461 2290 · sales@uis.co.za", 900, 120),
            ("VAT No. 4220187395", 150, 160),
            ("INDUSTRIAL SUPPLIES", 150, 200),
            ("TAX INVOICE", 150, 260),
            ("BILL TO", 150, 320),
            ("Bayhead Marine Engineering (Pty) Ltd", 150, 360),
            ("Invoice No IN104877", 900, 360),
            ("Date 22/09/2026", 900, 400),
            ("Hydraulic hose 1/2in", 150, 600),
            ("16 047,00", 1300, 600),
            ("TOTAL DUE", 900, 900),
            ("18 454,05", 1300, 900),
        )
    )
    assert invoice.vendor is None or "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_south_african_footer_is_known_by_its_company_registration_number():
    invoice = read(
        page(
            ("41 Jacobs Road, Jacobs, Durban 4052", 150, 80),
            ("UIS", 150, 120),
            ("INDUSTRIAL SUPPLIES", 150, 200),
            ("TAX INVOICE", 150, 260),
            ("BILL TO", 150, 320),
            ("Bayhead Marine Engineering (Pty) Ltd", 150, 360),
            ("Invoice No IN104877", 900, 360),
            ("Hydraulic hose 1/2in", 150, 600),
            ("16 047,00", 1300, 600),
            ("TOTAL DUE", 900, 900),
            ("18 454,05", 1300, 900),
            (
                "Umgeni Industrial Supplies CC · Reg. No. CK 2004/071523/23 · Members: P. Govender",
                150,
                2200,
            ),
        )
    )
    assert invoice.vendor == "Umgeni Industrial Supplies CC"


def test_a_company_signing_for_the_invoice_under_a_logos_letters_is_the_issuer():
    invoice = read(
        page(
            ("Gala No. 11, Shree Ganesh Industrial Estate", 150, 80),
            ("Saki Vihar Road, Andheri (E), Mumbai 400072", 150, 120),
            ("KESAR", 150, 170),
            ("Tel 022 2857 4419", 900, 170),
            ("KP", 150, 220),
            ("PACKAGING", 300, 220),
            ("GSTIN 27AAFCK2291M1ZT", 900, 220),
            ("TAX INVOICE", 150, 300),
            ("BILLED TO", 150, 360),
            ("Amrut Foods LLP", 150, 400),
            ("Invoice No. KP/2026-27/1187", 900, 400),
            ("Date 03/09/2026", 900, 440),
            ("Corrugated boxes 5-ply", 150, 600),
            ("1,70,260.00", 1300, 600),
            ("INVOICE TOTAL", 900, 900),
            ("2,00,907.00", 1300, 900),
            ("For Kesar Packaging Private Limited — Authorised Signatory", 150, 1100),
        )
    )
    assert invoice.vendor == "Kesar Packaging Private Limited"


def test_a_norwegian_giro_slip_pays_to_the_seller_not_the_payer():
    invoice = read(
        page(
            ("FAKTURA", 900, 100),
            ("Fakturanr.", 900, 150),
            ("10234", 1200, 150),
            ("Hordaland Havbruk Teknologi AS", 150, 300),
            ("Damsgårdsveien 165", 150, 340),
            ("5160 LAKSEVÅG", 150, 380),
            ("Fakturadato 10.10.2024", 150, 500),
            ("Lunsj for 40 personer", 150, 600),
            ("33 409,00", 1300, 600),
            ("Å betale", 150, 800),
            ("41 761,25", 1300, 800),
            ("Betalt av", 150, 2000),
            ("Betalt til", 800, 2000),
            ("Hordaland Havbruk Teknologi AS", 150, 2040),
            ("Bergen Catering og Selskap AS", 800, 2040),
            ("Damsgårdsveien 165", 150, 2080),
            ("Strandkaien 6", 800, 2080),
        )
    )
    assert invoice.vendor == "Bergen Catering og Selskap AS"


def test_a_name_read_twice_once_wrong_is_the_surer_reading_and_left_for_review():
    lines = page(
        ("Rechnung", 900, 100),
        ("Rechnungsnummer: 2025-0217", 900, 150),
        ("Datum: 14.03.2025", 900, 190),
        ("Fjällbyte Konsult AB", 150, 120),
        ("Beratung März", 150, 600),
        ("4.000,00 €", 1300, 600),
        ("Gesamtbetrag", 150, 800),
        ("4.000,00 €", 1300, 800),
        ("Fjatbyte Konsut AB · Storgatan 4 · 111 22 Stockholm · Org.nr 556677-8899", 150, 2200),
    )
    footer = lines[-1]
    lines[-1] = OcrLine(footer.text, footer.box, 0.8)
    invoice = read(lines)
    assert invoice.vendor == "Fjällbyte Konsult AB"
    assert "vendor" in needs_review(invoice, checks(invoice))


def test_a_letterhead_and_a_footer_spelling_the_name_two_ways_leave_it_for_review():
    invoice = read(
        page(
            ("LAPPEENRANNAN KONEPAJA", 150, 100),
            ("LASKU", 1200, 100),
            ("Laskun numero", 900, 290),
            ("1388", 1300, 290),
            ("Päivämäärä", 900, 330),
            ("07.02.2025", 1300, 330),
            ("Yhteensä", 800, 800),
            ("3 120,40 €", 1300, 800),
            ("Lappenrannan Konepaja Oy · Y-tunnus 2845121-7 · Lappeenranta", 150, 2200),
        )
    )
    assert invoice.vendor == "Lappenrannan Konepaja Oy"
    assert "vendor" in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize("label", ["LASKUTUSOSOITE", "Faktureringsadress", "Leveringsadresse"])
def test_a_nordic_billing_address_label_heads_the_customer(label):
    invoice = read(
        page(
            ("Koneistus · Hitsaus", 150, 100),
            ("LASKU", 1200, 100),
            (label, 150, 250),
            ("Saimaan Laiturirakenteet Oy", 150, 290),
            ("Laskun numero", 900, 290),
            ("1388", 1300, 290),
            ("Satamatie 14", 150, 330),
            ("Päivämäärä", 900, 330),
            ("07.02.2025", 1300, 330),
            ("Yhteensä", 800, 800),
            ("3 120,40 €", 1300, 800),
            ("Lappeenrannan Konepaja Oy · Y-tunnus 2845121-7 · Lappeenranta", 150, 2200),
        )
    )
    assert invoice.vendor == "Lappeenrannan Konepaja Oy"
    assert "vendor" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("text", "form"),
    [("Bergen Catering og Selskap AS", True), ("Fjällbacka Rökeri AB", True),
     ("Drankenhandel Vermeersch NV", True), ("Vinařství Pod Pálavou a.s.", True),
     ("SAME AS CASH", False), ("AS AT 31 MARCH", False)],
)
def test_nordic_and_benelux_company_forms_end_a_name(text, form):
    assert bool(LEGAL_FORMS.search(text)) == form


@pytest.mark.parametrize(
    "label", ["Booking details", "Asiakasnumero", "Gesamt", "く Inbox", "Descuento Club Trenexa (10 %)"]
)
def test_a_fields_label_or_a_screens_word_taken_for_the_seller_is_left_for_review(label):
    invoice = read(
        receipt(
            [(label, 40)],
            [("Seat 12A", 20)],
            [("Date: 12/05/2024", 20)],
            [("Total", 20), ("45.00", 460)],
        )
    )
    assert invoice.vendor == label
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_plain_shop_name_at_the_top_is_not_doubted_for_its_words():
    invoice = read(
        receipt(
            [("Harbour Bistro", 40)],
            [("Date: 12/05/2024", 20)],
            [("Total", 20), ("45.00", 460)],
        )
    )
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("label", "value", "name"),
    [
        ("Legal Entity Name", ": Spice Route Foods Pvt Ltd", "Spice Route Foods Pvt Ltd"),
        ("Legal Name:", "Sai Krupa Hospitality (Prop. Suresh Patil)", "Sai Krupa Hospitality"),
    ],
)
def test_a_legal_name_label_names_the_entity_behind_a_brand_or_a_platforms_invoice(
    label, value, name
):
    invoice = read(
        page(
            ("Zestro", 150, 40),
            ("Tax Invoice", 900, 40),
            ("Invoice issued by Zestro on behalf of:", 150, 100),
            ("Restaurant Name", 150, 140),
            (": Biryani Junction", 500, 140),
            (label, 150, 180),
            (value, 500, 180),
            ("Customer Legal Name:", 150, 260),
            ("Aditya Rao Consulting LLP", 500, 260),
            ("Grand Total", 800, 760),
            ("₹ 1,352.40", 1200, 760),
        )
    )
    assert invoice.vendor == name


def test_a_sender_line_of_street_and_town_alone_opens_the_addressees_window():
    lines = rows(
        page(
            ("Herforder Straße 240 · 33609 Bielefeld", 150, 200),
            ("Praxisklinik am Park GmbH", 150, 240),
            ("Parkallee 5", 150, 280),
            ("32052 Herford", 150, 320),
            ("Rechnung", 150, 450),
            ("Gesamtbetrag", 800, 1700),
            ("23.316,78 €", 1200, 1700),
        )
    )
    window = nameless_sender_window(lines)
    addressee = next(i for i, row in enumerate(lines) if row.text.startswith("Praxisklinik"))
    assert (addressee, lines[addressee].cells[0].x) in window
    assert not may_name("Übertrag") and not may_name("Carried forward")


def test_a_stamps_lone_bullet_in_the_footer_is_read_past():
    invoice = read(
        page(
            ("Техномаркет Пловдив ЕООД", 150, 100),
            ("ЕИК: 204871236", 150, 140),
            ("Дата на издаване: 12.06.2024", 900, 140),
            ("Лаптоп Lenovo ThinkPad E16", 150, 600),
            ("4 275,00", 1300, 600),
            ("Сума за плащане:", 900, 900),
            ("4 275,00 лв.", 1300, 900),
            ("Съставил: Стефан Георгиев", 150, 2100),
            ("•", 600, 2150),
            ("ПЛОВДИВ ЕООД", 600, 2190),
        )
    )

    assert invoice.vendor == "Техномаркет Пловдив ЕООД"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KMKR EE101784629", True),
        ("BTW BE 0876.543.270", True),
        ("KBC BE50 7370 1234 5618 BIC KREDBEBB", True),
        ("ABN AMRO NL51 ABNA 0437 1185 20", False),
        ("ABN AMRO NL50 ABNA 0437 1185 20", True),
        ("Total 12.50 EUR", False),
    ],
)
def test_a_bare_iban_or_vat_id_is_told_by_its_shape_and_check_digits(text, found):
    assert bank_or_tax_id(text) is found


def test_a_logo_spelled_out_in_the_sender_block_beside_it_gives_the_whole_name():
    invoice = read(
        page(
            ("INVOICE", 150, 80),
            ("Bright & Tidy", 150, 200),
            ("Bright & Tidy Window Cleaning", 1100, 200),
            ("window cleaning · Leeds", 150, 250),
            ("14 Kirkstall Road", 1100, 250),
            ("Leeds LS3 1HR", 1100, 290),
            ("BILL TO", 150, 450),
            ("Invoice Number:", 900, 450),
            ("1042", 1300, 450),
            ("Priya Natarajan", 150, 490),
            ("Invoice Date:", 900, 490),
            ("March 3, 2025", 1300, 490),
            ("Fortnightly windows, February", 150, 700),
            ("90.00", 1300, 700),
            ("Total", 900, 900),
            ("90.00", 1300, 900),
        )
    )

    assert invoice.vendor == "Bright & Tidy Window Cleaning"
    assert "vendor" not in needs_review(invoice, checks(invoice))


def test_a_registered_name_of_nothing_but_what_the_firm_does_is_left_for_review():
    """The name's first line lost to a logo's lettering (`KESTREL CASH & CARRY` over
    `Wholesalers (Pty) Ltd`): `Wholesalers (Pty) Ltd` says what, not who."""
    invoice = read(
        page(
            ("KESTREL CASH & CARRY", 110, 100),
            ("Tel 031 555 0188", 1200, 100),
            ("Wholesalers (Pty) Ltd", 110, 170),
            ("VAT No 4870213366", 1200, 170),
            ("18 Riverside Park, Pinetown 3610", 110, 210),
            ("TAX INVOICE", 600, 300),
            ("Invoice No", 1100, 380),
            ("TI-2210458", 1400, 380),
            ("Date", 1100, 420),
            ("05/03/2024", 1400, 420),
            ("MAIZE MEAL 10KG", 110, 600),
            ("1 185.00", 1400, 600),
            ("TOTAL", 1100, 800),
            ("1 185.00", 1400, 800),
        )
    )
    flagged = needs_review(invoice, checks(invoice))

    assert "vendor" in flagged


@pytest.mark.parametrize("title", ["AVOIR", "Gutschrift", "Credit Note", "Nota di credito"])
def test_a_credit_notes_title_is_no_name(title):
    assert not may_name(title)


def test_errors_and_omissions_excepted_is_no_part_of_a_name():
    assert clean_name("E. & O.E. SYARIKAT BAS EKSPRES UTARA SDN. BHD.") == (
        "SYARIKAT BAS EKSPRES UTARA SDN. BHD."
    )
