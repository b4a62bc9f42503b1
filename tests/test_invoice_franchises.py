"""Franchise outlets and businesses run by another company, as their bills say so: in a
sentence of the small print (`ClearSight Chelmsford is independently owned and operated
by Harlow & Reed Optical Ltd, a joint venture partner of …`), wrapped over a narrow
slip's lines, or naming the franchisor's brand (`exploité sous contrat de franchise …`).
As with a receipt's `Owned by` line, the business the customer dealt with is the vendor,
for a person to check; the statement is no name. A company that heads the page and says
it trades as the outlet is the vendor itself."""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY
from tests.test_invoice_totals import read as read_rows


def test_a_sentence_saying_who_runs_the_business_is_no_vendor():
    invoice = read(
        page(
            ("14 High Chelmer", 150, 40),
            ("ClearSight", 150, 80, 50),
            ("Chelmsford CM1 1XB", 900, 80),
            ("Opticians & Audiologists – Chelmsford", 150, 150),
            ("Invoice no.", 900, 300),
            ("CS-CHM-20417", 1200, 300),
            ("Date", 900, 340),
            ("15/11/2024", 1200, 340),
            ("Varifocal lenses", 150, 600),
            ("255.66", 1300, 600),
            ("Total", 900, 700),
            ("291.99", 1300, 700),
            (
                "ClearSight Chelmsford is independently owned and operated by Harlow & Reed "
                "Optical Ltd, a joint venture partner of ClearSight Opticians plc.",
                150,
                1500,
            ),
            ("Harlow & Reed Optical Ltd · Company No. 10334812", 150, 1540),
        )
    )

    assert invoice.vendor == "ClearSight Chelmsford"
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_the_company_heading_the_page_that_runs_the_outlet_is_the_vendor():
    invoice = read(
        page(
            ("Kestrel Print Solutions Ltd", 150, 40, 40),
            ("t/a PrintPoint Reading", 150, 90),
            ("41 Friar Street", 150, 130),
            ("Invoice No.", 900, 300),
            ("INV-00421", 1200, 300),
            ("Invoice Date", 900, 340),
            ("07/06/2024", 1200, 340),
            ("Flyers A5, 2000", 150, 600),
            ("327.45", 1300, 600),
            ("Total", 900, 700),
            ("392.94", 1300, 700),
            (
                "PrintPoint Reading is independently owned and operated by Kestrel Print "
                "Solutions Ltd under licence from PrintPoint Franchising Ltd.",
                150,
                1500,
            ),
            ("Kestrel Print Solutions Ltd. Registered in England & Wales No. 09823417.", 150, 1540),
        )
    )

    assert invoice.vendor.rstrip(".") == "Kestrel Print Solutions Ltd"


def test_the_end_of_a_wrapped_operated_by_sentence_is_no_vendor():
    invoice, _ = read_rows(
        [("Bean & Barley", 100)],
        [("12 Promenade, Cheltenham", 60)],
        [("Receipt 0451-2209", 60)],
        [("09/08/2024 08:41", 60)],
        [("Flat white", 20), ("3.40", 400)],
        [("TOTAL", 20), ("3.40", 400)],
        [("Bean & Barley Cheltenham is", 60)],
        [("independently owned and operated", 60)],
        [("by Talbot Food Services Ltd", 60)],
        [("VAT No. 298 4471 02", 60)],
    )

    assert invoice.vendor == "Bean & Barley"
