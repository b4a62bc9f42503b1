"""Where a business invoice or a cash bill keeps its number, date and issuer: an ERP's
info grid of headings over values, two rows of it; a bare `No.` over the `Date` label
beside the customer's address; the labels of a cash sale (`C/S No.`, `Cash Sales No`,
`TXN#`, `Rcpt:`); a billing service's invoice for a supplier (`Im Auftrag und auf
Rechnung von:`); and what a person must check: a stamp across the info block, a missing
number on a bill, a date label whose date the OCR could not read."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_french_software import sized
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


def test_an_info_grids_second_row_of_headings_ends_the_numbers_column():
    invoice = read(
        page(
            ("Pfeiffer Kunststofftechnik GmbH & Co. KG", 150, 80),
            ("Neckartal Automotive GmbH", 150, 400),
            ("Hafenbahnstraße 20", 150, 440),
            ("70329 Stuttgart", 150, 480),
            ("Rechnung Nr.", 170, 770),
            ("Rechnungsdatum", 500, 770),
            ("Kunden-Nr.", 840, 770),
            ("Auftragsnummer", 1170, 770),
            ("10251183", 170, 800),
            ("17.01.2025", 500, 800),
            ("11842", 840, 800),
            ("20240977", 1170, 800),
            ("Lieferschein-Nr.", 170, 850),
            ("Lieferdatum", 500, 850),
            ("Ihre Bestellnummer", 840, 850),
            ("30250141", 170, 880),
            ("15.01.2025", 500, 880),
            ("4700118234", 840, 880),
            ("Kabelhalter PA6 GF30", 150, 1000),
            ("3.825,00", 1300, 1000),
            ("Rechnungsbetrag", 900, 1200),
            ("4.552,00 €", 1300, 1200),
        )
    )

    assert invoice.invoice_number == "10251183"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize("value", [": TI-36637", "I-054017"])
def test_a_bare_no_over_the_date_label_beside_the_customer_numbers_the_document(value):
    invoice = read(
        receipt(
            [("LIAN HIN TIMBER & HARDWARE SDN BHD", 160)],
            [("(201765-W) GST Reg. No.: 000987123712", 160)],
            [("INVOICE (GST Tax Invoice)", 670)],
            [("Bill To :", 160), ("No.", 1030), (value, 1220)],
            [("SYN TRANSPORT & HAULAGE SDN BHD", 160), ("Doc Date", 1030), (": 20 JAN 2016", 1220)],
            [("NO. 4, LORONG IKS BUKIT MINYAK 2", 160), ("Terms", 1030), (": 45 DAYS", 1220)],
            [("No.", 160), ("Description", 300), ("Qty", 900), ("Amount", 1300)],
            [("1", 160), ('HACKSAW BLADE 12"', 300), ("20", 900), ("57.60", 1300)],
            [("Total Incl. GST", 900), ("61.06", 1300)],
        )
    )

    assert invoice.invoice_number == value.removeprefix(": ")


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("C/S No. : CS-049642", "CS-049642"),
        ("Cash Sales No :B036445", "B036445"),
        ("TXN#: 0014-0522-093081", "0014-0522-093081"),
        ("Rcpt: SP1-18081000412", "SP1-18081000412"),
    ],
)
def test_a_cash_sales_numbers_labels(label, number):
    slip = read(
        receipt(
            [("BINAAN TEGUH JAYA ENTERPRISE", 40)],
            [("NO. 8, JALAN REKO SENTRAL 2, 43000 KAJANG", 40)],
            [(label, 40)],
            [("Date: 24-Feb-2018", 40)],
            [('PVC PIPE 1/2" CLASS D 6M', 40), ("41.75", 700)],
            [("NETT TOTAL", 40), ("41.75", 700)],
        )
    )

    assert slip.invoice_number == number


def test_a_villages_kg_in_the_address_is_no_company_form():
    slip = read(
        receipt(
            [("KEDAI RUNCIT HJ. DAUD", 40)],
            [("(MINI MARKET)", 40)],
            [("No. 3, Jalan Masjid,", 40)],
            [("Kg. Baru, 06000 Jitra, Kedah", 40)],
            [("Tel: 04-917 2231", 40)],
            [("Resit : 00029874", 40)],
            [("Tarikh: 14-02-2015", 40)],
            [("GULA 1KG", 40), ("2.85", 700)],
            [("JUMLAH", 40), ("29.95", 700)],
        )
    )

    assert slip.vendor == "KEDAI RUNCIT HJ. DAUD"


@pytest.mark.parametrize(
    ("label", "supplier"),
    [
        ("Im Auftrag und auf Rechnung von:", "Arbeitsmedizin Dr. Martina Hofer"),
        ("Rechnung im Auftrag von:", "Tierarztpraxis Dr. Anna Wendt"),
        ("Leistender Unternehmer", "Kronberg Logistik GmbH"),
    ],
)
def test_a_billing_services_invoice_is_the_suppliers_it_names(label, supplier):
    invoice = read(
        page(
            ("MediCount Verrechnungs GmbH · Kärntner Straße 118 · 8020 Graz", 150, 300),
            ("Steirische Gusswerke GmbH", 150, 360),
            ("Personalabteilung", 150, 400),
            ("Industriestraße 30", 150, 440),
            ("8430 Leibnitz", 150, 480),
            ("Honorarnote Nr.", 900, 300),
            ("HN-2025-03391", 1200, 300),
            ("Datum", 900, 340),
            ("08.04.2025", 1200, 340),
            (label, 150, 640),
            (supplier, 150, 680),
            ("Fachärztin für Arbeits- und Betriebsmedizin · Annenstraße 51 · 8020 Graz", 150, 720),
            ("Arbeitsmedizinische Präventionszeit", 150, 900),
            ("4.248,00", 1300, 900),
            ("Gesamtbetrag", 900, 1100),
            ("4.248,00 €", 1300, 1100),
            ("IBAN AT59 3800 0003 3017 4481", 150, 1300),
        )
    )

    assert invoice.vendor == supplier


def test_a_stamp_across_the_info_blocks_values_is_no_name():
    # A scan at half the scale of the OCR boxes' type: each box as wide as its text.
    invoice = read(
        sized(
            ("FACTURE", 1098, 132, 54),
            ("Facture n", 888, 188, 46),
            ("BM-F-24-00671", 1270, 184, 50),
            ("Date de facture", 888, 232, 48),
            ("09/03/2024", 1334, 230, 48),
            ("Code client", 892, 276, 48),
            ("COMFTAB", 1200, 244, 84),
            ("Blanc Médical", 62, 304, 66),
            ("Votre commande", 890, 320, 42),
            ("Fournitures médicales et paramédicales", 64, 376, 40),
            ("1120 rue de la Castelle", 62, 416, 46),
            ("34070 Montpellier", 62, 448, 42),
            ("Gants nitrile", 62, 1000, 46),
            ("309,70", 1480, 1000, 46),
            ("Total TTC", 1000, 1200, 46),
            ("371,64 €", 1440, 1200, 46),
        )
    )

    assert invoice.vendor == "Blanc Médical"


def test_a_bills_missing_number_is_left_for_a_person():
    invoice = read(
        page(
            ("Gebäudereinigung Özdemir GmbH", 576, 115),
            ("Hethnung Nr", 862, 422),
            ("GR-2024-0356", 1252, 421),
            ("Steuerberatung Hoffmann & Lenz", 133, 462),
            ("Rechnungsdatum", 863, 468),
            ("02.04.2024", 1296, 467),
            ("Rechnung", 130, 829),
            ("Unterhaltsreinigung Büroflächen", 222, 962),
            ("1480.00", 1330, 961),
            ("Endbetrag", 900, 1200),
            ("1.761,20 €", 1300, 1200),
            ("Zanibar innerhalb von 14 Tagen ohne Abzug", 123, 1260),
        )
    )

    assert invoice.invoice_number is None
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


def test_another_date_standing_in_for_an_unread_invoice_date_is_left_for_a_person():
    invoice = read(
        page(
            ("NordLab Laborbedarf GmbH", 363, 27),
            ("Rechnungs-Nr", 484, 174),
            ("RE-240298", 700, 174),
            ("Rechnungsdatum", 485, 210),
            ("29.92.2024", 697, 210),
            ("Kunden-Nr.", 484, 250),
            ("26202844", 694, 250),
            ("Lieferdatum", 485, 290),
            ("28.02.2024", 703, 290),
            ("Pipettenspitzen 200 µl", 245, 442),
            ("591,30", 731, 442),
            ("Rechnungsbetrag", 465, 669),
            ("703,65 €", 713, 669),
        )
    )

    assert invoice.issue_date == "2024-02-28"
    assert "issue_date" in needs_review(invoice, checks(invoice, TODAY))


def test_an_invoice_date_under_its_label_past_the_customers_line_beside_it_is_sure():
    """The customer's block at the left, the info block in the middle, the seller's at
    the right: the customer's name line falls between `Invoice Date` and its `April 2,
    2024` in reading order."""
    invoice = read(
        sized(
            ("LAKESHORE", 700, 100, 22),
            ("INVOICE", 125, 180, 22),
            ("Invoice Date", 820, 277, 22),
            ("Lakeshore Professional Training Inc.", 1214, 277, 22),
            ("Brantwood Mechanical Contractors Ltd.", 153, 293, 22),
            ("April 2, 2024", 820, 308, 22),
            ("155 Queens Quay E, Suite 900", 1214, 308, 22),
            ("Attn: Priya Sandhu", 153, 326, 22),
            ("Toronto ON M5A 0J4", 1214, 338, 22),
            ("2250 Dundas St W, Unit 6", 153, 355, 22),
            ("Invoice No.", 820, 355, 22),
            ("INV-2024-0318", 820, 390, 22),
            ("Training day", 153, 500, 22),
            ("3,482.00", 1400, 500, 22),
            ("Total", 1100, 580, 22),
            ("3,482.00", 1400, 580, 22),
        )
    )

    assert invoice.issue_date == "2024-04-02"
    assert "issue_date" not in needs_review(invoice, checks(invoice, TODAY))
