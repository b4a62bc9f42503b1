"""Invoices that suppliers deliver with the goods: food-service and beverage
distributors, route deliveries, cash-and-carry warehouses.

Their item lines give pack sizes in the trade's own notation (`4/6/12 CAN`, four packs
of six twelve-ounce cans), which reads like a date but dates nothing; a delivery
invoice dated only by its `DELIVERY DATE` is dated then. A branch's line under the
company (`Wichita DC · 2201 N. Broadway · Wichita, KS`) names a place, not the seller.
"""

from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def test_a_pack_size_in_an_item_line_is_no_date_and_the_delivery_date_dates_the_invoice():
    invoice = read(
        receipt(
            [("BLUEBONNET BEVERAGE", 20), ("DELIVERY INVOICE", 700)],
            [("Bluebonnet Beverage Company, Inc.", 20), ("INVOICE", 700), ("6120388", 900)],
            [("8800 Industrial Oaks Blvd, Austin, TX 78744", 20)],
            [("DELIVERY DATE", 700), ("05/09/2025", 900)],
            [("ITEM", 20), ("DESCRIPTION", 120), ("QTY", 500), ("PRICE", 700), ("AMOUNT", 900)],
            [("30155", 20), ("RIO MEXICAN LAGER 24/12 LN", 120), ("6", 500), ("27.75", 700), ("166.50", 900)],
            [("30171", 20), ("RIO MEXICAN LAGER 4/6/12 CAN", 120), ("5", 500), ("26.40", 700), ("132.00", 900)],
            [("40320", 20), ("PECOS HARD SELTZER 2/12/12 CAN", 120), ("2", 500), ("31.20", 700), ("62.40", 900)],
            [("TOTAL DUE", 700), ("$360.90", 900)],
        )
    )

    assert invoice.issue_date == "2025-05-09"
    assert invoice.total == 360.90


def test_a_branch_under_the_company_is_not_the_seller():
    invoice = read(
        receipt(
            [("GREAT PLAINS", 20), ("INVOICE", 700)],
            [("AUTO PARTS DISTRIBUTION", 20), ("Invoice No.", 700), ("WD-884213", 900)],
            [("Great Plains Auto Parts Distribution, LLC", 20), ("Date", 700), ("03/14/2025", 900)],
            [("Wichita DC · 2201 N. Broadway · Wichita, KS 67214", 20)],
            [("SOLD TO", 20), ("SHIP TO", 500)],
            [("Prairie Lube & Tire Inc.", 20), ("Prairie Lube & Tire Inc.", 500)],
            [("Brake pads front", 20), ("2", 500), ("48.10", 700), ("96.20", 900)],
            [("INVOICE TOTAL", 700), ("$96.20", 900)],
        )
    )

    assert invoice.vendor == "Great Plains Auto Parts Distribution, LLC"
