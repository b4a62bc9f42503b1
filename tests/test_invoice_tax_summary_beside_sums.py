"""Malaysian tax invoices print their GST summary table at the left of the page and the
sums box at the right, on the same rows: the summary's heading does not put the sums
beside it below the payment, a tax row beside it is still a tax row, and a total rounded
from the gross is not doubted for that gross."""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY

HEAD = (
    ("SENG HUAT HARDWARE SDN BHD", 400, 60),
    ("GST Reg No : 001234567890", 400, 100),
    ("TAX INVOICE", 550, 160),
    ("Invoice No", 900, 220),
    (": INV17/05278", 1100, 220),
    ("Date", 900, 260),
    (": 02-05-17", 1100, 260),
    ("Description", 180, 340),
    ("Amount", 1100, 340),
    ("TILE ADHESIVE 25KG", 180, 380),
    ("900.00", 1100, 380),
    ("RED CLAY BRICK", 180, 420),
    ("600.00", 1100, 420),
)


def test_a_tax_row_beside_the_summarys_heading_is_the_tax_and_the_total_sure():
    invoice = read(
        page(
            *HEAD,
            ("RINGGIT MALAYSIA ONE THOUSAND FIVE", 100, 500),
            ("Sub Total", 900, 500),
            ("1,500.00", 1150, 500),
            ("HUNDRED NINETY ONLY", 100, 540),
            ("Total Excl. GST", 900, 540),
            ("1,500.00", 1150, 540),
            ("GST Summary", 100, 580),
            ("GST @ 6%", 900, 580),
            ("90.00", 1150, 580),
            ("Tax Code", 100, 620),
            ("Rate", 300, 620),
            ("Amount (RM)", 400, 620),
            ("Tax (RM)", 650, 620),
            ("Total Incl. GST", 900, 620),
            ("1,590.00", 1150, 620),
            ("SR", 100, 660),
            ("6%", 300, 660),
            ("1,500.00", 400, 660),
            ("90.00", 650, 660),
            ("Goods sold are not returnable.", 100, 740),
        )
    )

    assert invoice.total == pytest.approx(1590.00)
    assert invoice.tax == pytest.approx(90.00)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_sums_beside_the_rows_under_a_summary_heading_of_its_own_are_the_sums():
    invoice = read(
        page(
            *HEAD,
            ("SUB TOTAL", 900, 500),
            ("1,500.00", 1150, 500),
            ("DISCOUNT", 900, 540),
            ("75.00", 1150, 540),
            ("TOTAL AMOUNT (EXCL. GST)", 750, 580),
            ("1,425.00", 1150, 580),
            ("GST Summary", 100, 620),
            ("Tax Code", 100, 660),
            ("Rate", 250, 660),
            ("Tax (RM)", 400, 660),
            ("GST PAYABLE @ 6%", 750, 660),
            ("85.50", 1150, 660),
            ("SR", 100, 700),
            ("6%", 250, 700),
            ("85.50", 400, 700),
            ("TOTAL AMOUNT (INCL. GST)", 650, 700),
            ("1,510.50", 1150, 700),
            ("Payment to: CIMB BANK A/C 8001-33-2211-0", 100, 780),
        )
    )

    assert invoice.total == pytest.approx(1510.50)
    assert invoice.subtotal == pytest.approx(1425.00)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_total_rounded_from_the_gross_is_not_doubted_for_that_gross():
    invoice = read(
        page(
            *HEAD[:-4],
            ("TILE ADHESIVE 25KG", 180, 380),
            ("900.00", 1100, 380),
            ("RED CLAY BRICK", 180, 420),
            ("373.20", 1100, 420),
            ("GST SUMMARY AMOUNT TAX", 100, 500),
            ("SUB-TOTAL", 900, 500),
            ("1,273.20", 1150, 500),
            ("SR 6% 1,273.20 76.39", 100, 540),
            ("TOTAL EXCL GST:", 850, 540),
            ("1,273.20", 1150, 540),
            ("GST 6%", 900, 580),
            ("76.39", 1150, 580),
            ("TOTAL INCL GST:", 850, 620),
            ("1,349.59", 1150, 620),
            ("ROUNDING ADJ :", 850, 660),
            ("0.01", 1150, 660),
            ("Goods sold are not returnable.", 100, 700),
            ("TOTAL RM", 900, 700),
            ("1,349.60", 1150, 700),
        )
    )

    assert invoice.total == pytest.approx(1349.60)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))
