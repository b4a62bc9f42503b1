"""Receipts and invoices as online businesses send them: a reseller's order receipt, a
ticket shop's order confirmation, a web shop's invoice with a refund, an airline's
e-ticket receipt, a marketplace's receipt for one of its sellers.

Each names one way the rules read such a page wrong: a subscription's next charge
date, an event's date under the order's, or a refund issued since taken for the date
of issue; the airline's `Issued by` in a column of its own not read as naming it, nor
a marketplace's `Sold by` over the shop's name, nor its receipt's heading `Order from`
the shop. An order confirmation mailed with no date of its own is dated when the mail
was sent, for a person to check. A Belgian shop's bilingual `FACTURE / FACTUUR n°/nr.`
numbers the invoice; a Thai tax invoice's `เลขที่ / No.` is its number, not the
marketplace's `Order No.`, and its `(Head Office)` after the company is no part of the name.
"""

from bot.invoices.parties import before_address
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY


def _flagged(invoice) -> list[str]:
    return needs_review(invoice, checks(invoice, TODAY))


def test_a_subscriptions_next_charge_date_is_not_the_date_of_issue():
    invoice = read(
        page(
            ("Resellio Commerce, Inc.", 150, 100),
            ("Order Receipt", 1000, 160),
            ("Order Reference:", 150, 220),
            ("RSL-88412-2201", 500, 220),
            ("Order Date:", 150, 260),
            ("March 3, 2025", 500, 260),
            ("Next Charge Date:", 150, 300),
            ("March 3, 2026", 500, 300),
            ("Photo Studio Plus – 1 Year Licence", 150, 450),
            ("$79.00", 1300, 450),
            ("Sales Tax", 900, 520),
            ("$6.52", 1300, 520),
            ("Total (USD)", 900, 560),
            ("$85.52", 1300, 560),
        )
    )
    assert invoice.issue_date == "2025-03-03"
    assert "issue_date" not in _flagged(invoice)


def test_an_events_day_under_the_order_is_not_the_orders_date():
    """`Saturday, May 17, 2025` names no place the way `Wien, 12.02.2025` does, and the
    order's own label on the line above labels the order's date beside it."""
    invoice = read(
        page(
            ("ticketlane", 150, 100),
            ("Order Confirmation", 1000, 100),
            ("Order # 41-77102/TL · Order date: April 2, 2025 10:12 AM", 150, 200),
            ("The Lantern Quartet – Summer Tour 2025", 150, 260),
            ("Friday, June 13, 2025 · Doors 7:00 PM", 150, 300),
            ("General Admission x 2", 150, 450),
            ("$90.00", 1300, 450),
            ("Service Fee x 2", 150, 500),
            ("$15.00", 1300, 500),
            ("Total", 900, 600),
            ("$105.00", 1300, 600),
        )
    )
    assert invoice.issue_date == "2025-04-02"
    assert "issue_date" not in _flagged(invoice)
    under_label = read(
        page(
            ("ticketlane", 150, 100),
            ("Order date: April 2, 2025", 150, 200),
            ("June 13, 2025", 150, 250),
            ("Total", 900, 600),
            ("$105.00", 1300, 600),
        )
    )
    assert under_label.issue_date == "2025-04-02"


def test_a_refund_issued_since_is_not_the_invoices_date():
    invoice = read(
        page(
            ("Invoice", 150, 80),
            ("Order #FH2210", 150, 140),
            ("Fernhill Outdoor Co.", 150, 200),
            ("November 14, 2024", 1100, 200),
            ("Trail Running Shoes", 150, 400),
            ("$120.00", 1300, 400),
            ("Merino Gloves · Refunded", 150, 440),
            ("$24.00", 1300, 440),
            ("Subtotal", 900, 500),
            ("$144.00", 1300, 500),
            ("HST 13%", 900, 540),
            ("$18.72", 1300, 540),
            ("Total", 900, 580),
            ("$162.72 CAD", 1300, 580),
            ("Payment: Visa ending 4242 · Refund of $27.12 issued November 20, 2024", 150, 700),
        )
    )
    assert invoice.issue_date == "2024-11-14"


def test_an_airlines_issued_by_in_a_column_of_its_own_names_the_airline():
    invoice = read(
        page(
            ("SKYFERN", 150, 80),
            ("E-Ticket Receipt", 1000, 80),
            ("Passenger", 150, 200),
            ("MORAN/AOIFE MS", 500, 200),
            ("Ticket number", 150, 240),
            ("312-5501928374", 500, 240),
            ("Date of issue", 150, 280),
            ("11 Feb 2025", 500, 280),
            ("Issued by", 150, 320),
            ("Skyfern Aviation DAC - skyfern.ie", 500, 320),
            ("Frequent flyer", 150, 360),
            ("SF Club 11802244", 500, 360),
            ("Air fare", 150, 500),
            ("EUR 88.00", 1300, 500),
            ("Taxes, fees and charges", 150, 540),
            ("EUR 31.40", 1300, 540),
            ("Total amount", 900, 600),
            ("EUR 119.40", 1300, 600),
        )
    )
    assert invoice.vendor == "Skyfern Aviation DAC"


def test_a_marketplaces_sold_by_over_the_shops_name_names_the_shop():
    invoice = read(
        page(
            ("Craftory", 150, 80),
            ("Receipt", 1000, 80),
            ("Sold by", 150, 160),
            ("Order #5521908813", 1000, 160),
            ("Willow & Wren Pottery", 150, 200),
            ("Order date: Jan 21, 2025", 1000, 200),
            ("craftory.com/shop/WillowAndWrenPottery · Bend, Oregon", 150, 240),
            ("Stoneware Bowl, Moss Glaze", 150, 400),
            ("$42.00", 1300, 400),
            ("Sales tax", 900, 480),
            ("$0.00", 1300, 480),
            ("Order total", 900, 520),
            ("$42.00", 1300, 520),
            ("Craftory, Inc. · 12 Water Street, Portland, ME 04101", 150, 700),
        )
    )
    assert invoice.vendor == "Willow & Wren Pottery"


def test_a_legal_name_whose_form_follows_a_comma_is_named_whole():
    """`Co.` ends a name, and `LLC` after the comma is its form too, not an address."""
    assert before_address("Quillpress Print Co., LLC, 40 Mill St") == "Quillpress Print Co., LLC"
    assert before_address("Acme Co., Ltd.") == "Acme Co., Ltd."
    invoice = read(
        page(
            ("Quillpress Print Co.", 300, 60),
            ("INVOICE", 1100, 60),
            ("Quillpress Print Co., LLC", 150, 120),
            ("Invoice #", 900, 120),
            ("QP-20250318-0042", 1150, 120),
            ("40 Mill St, Durham, NC 27701", 150, 160),
            ("Invoice date", 900, 160),
            ("Mar 18, 2025", 1150, 160),
            ("Mug 11oz – design “Fox”", 150, 400),
            ("$13.90", 1300, 400),
            ("Total", 900, 500),
            ("$13.90", 1300, 500),
            ("Quillpress Print Co., LLC · quillpress.co · Questions? help@quillpress.co", 150, 900),
        )
    )

    assert invoice.vendor == "Quillpress Print Co., LLC"


def test_an_order_confirmations_only_reference_is_its_order_number():
    confirmation = page(
        ("ticketlane", 150, 100),
        ("Order Confirmation", 1000, 100),
        ("Order # 41-77102/TL · Order date: April 2, 2025", 150, 200),
        ("General Admission x 2", 150, 450),
        ("$90.00", 1300, 450),
        ("Total", 900, 600),
        ("$90.00", 1300, 600),
    )
    invoice = read(confirmation)
    assert invoice.invoice_number == "41-77102/TL"
    assert "invoice_number" not in _flagged(invoice)
    billed = read([*confirmation, *page(("Invoice to follow by e-mail", 150, 700))])
    assert "invoice_number" in _flagged(billed)


def test_a_web_shops_discount_and_shipping_make_a_total_that_includes_its_tax():
    invoice = read(
        page(
            ("Wick & Wool", 150, 60),
            ("INVOICE", 1000, 60),
            ("Invoice Number:", 900, 120),
            ("2025-0417", 1150, 120),
            ("Invoice Date:", 900, 160),
            ("April 22, 2025", 1150, 160),
            ("Soy Candle – Fig 200g", 150, 400),
            ("£54.00", 1300, 400),
            ("Gift Wrapping", 150, 440),
            ("£3.50", 1300, 440),
            ("Subtotal", 900, 520),
            ("£57.50", 1300, 520),
            ("Discount", 900, 560),
            ("-£5.75", 1300, 560),
            ("Shipping", 900, 600),
            ("£4.95 via Royal Mail Tracked 48", 1150, 600),
            ("Total", 900, 640),
            ("£56.70 (includes £9.45 VAT)", 1150, 640),
        )
    )

    assert (invoice.total, invoice.line_total) == (56.70, 57.50)
    assert _flagged(invoice) == []


def test_a_marketplace_receipts_order_from_heading_names_the_shop_not_the_platform():
    invoice = read(
        page(
            ("craftory", 150, 100),
            ("Order from Willow Lane Prints", 150, 160),
            ("Order #3318840291", 150, 220),
            ("Ordered: Nov 24, 2026", 150, 260),
            ("Botanical Fern Print", 150, 360),
            ("$56.00", 1000, 360),
            ("Order total", 150, 420),
            ("$56.00", 1000, 420),
            ("Craftory is not the seller of these items.", 150, 500),
        )
    )

    assert invoice.vendor == "Willow Lane Prints"


def test_an_order_confirmation_mailed_without_a_date_of_its_own_is_dated_when_sent():
    invoice = read(
        page(
            ("From: Tidewater Coffee Roasters <store@shopmail.example>", 100, 40),
            ("To: jonah.reyes@example.com", 100, 80),
            ("Date: Friday, November 27, 2026 at 10:03 AM", 100, 120),
            ("Subject: Order #TW10582 confirmed", 100, 160),
            ("TIDEWATER", 150, 260),
            ("ORDER #TW10582", 800, 260),
            ("Ethiopia Guji Natural × 2", 150, 400),
            ("$42.00", 1000, 400),
            ("Total", 150, 460),
            ("$42.00 USD", 1000, 460),
        )
    )

    assert invoice.issue_date == "2026-11-27"
    assert "issue_date" in _flagged(invoice)


def test_a_bilingual_belgian_title_numbers_the_invoice():
    invoice = read(
        page(
            ("Chocolaterie Vandaele SRL/BV", 150, 100),
            ("TVA/BTW BE 0478.221.905", 900, 160),
            ("FACTURE / FACTUUR n°/nr. 26/004771", 150, 260),
            ("Date facture / Factuurdatum:", 150, 320),
            ("01/12/2026", 150, 360),
            ("Pralines assorties 500 g", 150, 460),
            ("38,50", 1000, 460),
            ("Total TVAC / Totaal incl. btw", 150, 520),
            ("38,50 €", 1000, 520),
        )
    )

    assert invoice.invoice_number == "26/004771"


def test_a_thai_tax_invoices_number_and_company_without_its_office():
    invoice = read(
        page(
            ("BAAN SUAY COSMETICS CO., LTD. (Head Office)", 100, 100),
            ("RECEIPT / TAX INVOICE", 1200, 100),
            ("Tax ID: 0105561047783", 100, 160),
            ("เลขที่ / No.: RT2611-000938", 900, 220),
            ("Channel: Lazmart Thailand", 100, 280),
            ("เลขที่คำสั่งซื้อ / Order No.: 7781930046251183", 800, 280),
            ("Vitamin C Serum 30 ml", 100, 400),
            ("918.00", 1000, 400),
            ("Total", 100, 460),
            ("918.00", 1000, 460),
        )
    )

    assert (invoice.vendor, invoice.invoice_number) == (
        "BAAN SUAY COSMETICS CO., LTD.",
        "RT2611-000938",
    )
