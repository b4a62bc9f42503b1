"""Multi-page business invoices: the subtotal carried from page to page, a remittance
slip's payee set under its label beside another column, and a Swiss seller's VAT number
on a line of its own."""

import pytest

from tests.test_invoice_parties import page, read


@pytest.mark.parametrize("carried", ["Subtotal forward", "Subtotal from previous page"])
def test_a_subtotal_carried_between_pages_is_not_the_invoices(carried):
    invoice = read(
        page(
            ("Maple Ridge Industrial Supply Ltd.", 157, 80),
            ("Invoice MR-447102", 900, 160),
            ("Date 2025-03-18", 900, 200),
            ("Torque wrench 3/8 dr", 157, 400),
            ("7,089.62", 1300, 400),
            (carried, 700, 460),
            ("$7,089.62", 1300, 460),
            ("Flat washer 1/2 USS zinc", 157, 520),
            ("97.92", 1300, 520),
            ("2% discount within 10 days", 157, 600),
            ("Subtotal", 900, 600),
            ("$7,187.54", 1300, 600),
            ("Freight", 900, 640),
            ("$48.00", 1300, 640),
            ("HST 13%", 900, 680),
            ("$940.62", 1300, 680),
            ("Total", 900, 720),
            ("$8,176.16", 1300, 720),
        )
    )

    assert (invoice.subtotal, invoice.line_total, invoice.tax) == (7235.54, 7187.54, 940.62)


def test_a_payee_under_its_label_is_the_seller_not_the_next_columns_word():
    invoice = read(
        page(
            ("MAPLE RIDGE INDUSTRIAL SUPPLY LTD.", 157, 80),
            ("SOLD TO", 157, 300),
            ("Dufferin Precision Machining Inc.", 157, 340),
            ("Torque wrench 3/8 dr", 157, 500),
            ("372.00", 1300, 500),
            ("Total", 900, 600),
            ("$372.00", 1300, 600),
            ("Please remit to:", 157, 900),
            ("Invoice", 900, 900),
            ("MR-447102", 1150, 900),
            ("Maple Ridge Industrial Supply Ltd.", 157, 940),
            ("Invoice Date", 900, 940),
            ("2025-03-18", 1150, 940),
        )
    )

    assert invoice.vendor.lower() == "maple ridge industrial supply ltd."


def test_a_swiss_vat_number_is_no_tax():
    """The total rounded to five Rappen leaves the tax to be read from its row."""
    invoice = read(
        page(
            ("Dreiland Facility Services AG", 157, 80),
            ("MWST-Nr.", 157, 120),
            ("CHE-318.447.920 MWST", 400, 120),
            ("Rechnung Nr. 2025-0311", 900, 300),
            ("Datum 28.02.2025", 900, 340),
            ("Unterhaltsreinigung Februar", 157, 500),
            ("CHF 24'878.95", 1250, 500),
            ("Total exkl. MWST", 800, 600),
            ("CHF 24'878.95", 1250, 600),
            ("MWST 8.1 %", 800, 640),
            ("CHF 2'015.19", 1250, 640),
            ("Total inkl. MWST", 800, 680),
            ("CHF 26'894.15", 1250, 680),
        )
    )

    assert invoice.tax == 2015.19
