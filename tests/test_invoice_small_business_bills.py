"""Invoices as small firms' accounting tools and templates print them (QuickBooks, Xero,
FreshBooks, Sage, Tally, a word processor's template), in English from the US, the UK,
Canada, Australia and India.

Each names one way the rules read such a page wrong: a date written with points read
month first because the invoice is in dollars, the payee's name cut by the end of its
line, a discount between the subtotal and the tax that no net line sums up, a sentence
in the column beside the total's label, and the sum row of a tax table under the total.
"""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY


def _flagged(invoice) -> list[str]:
    return needs_review(invoice, checks(invoice, TODAY))


def test_a_date_written_with_points_reads_day_first_on_an_invoice_in_dollars():
    invoice = read(
        page(
            ("Vikram Rao Consulting", 150, 100),
            ("INVOICE", 150, 200),
            ("Invoice No: VRC/EXP/2025/014", 150, 260),
            ("Invoice Date: 03.04.2025", 150, 300),
            ("Software consulting, March 2025", 150, 500),
            ("USD 4,800.00", 1300, 500),
            ("Total (USD)", 900, 700),
            ("$4,800.00", 1300, 700),
        )
    )

    assert invoice.currency == "USD"
    assert invoice.issue_date == "2025-04-03"


ELECTRICIAN = (
    ("TAX INVOICE", 150, 100),
    ("Mrs Karen Liddell", 150, 200),
    ("Invoice Date", 700, 200),
    ("Brightline Electrical", 1100, 200),
    ("19 May 2025", 700, 240),
    ("Invoice Number", 700, 280),
    ("INV-1187", 700, 320),
    ("Description", 150, 450),
    ("Amount AUD", 1300, 450),
    ("Supply & install LED downlights", 150, 500),
    ("408.00", 1300, 500),
    ("Labour - licensed electrician", 150, 540),
    ("343.00", 1300, 540),
    ("Subtotal", 1000, 600),
    ("751.00", 1300, 600),
    ("TOTAL GST 10%", 1000, 640),
    ("75.10", 1300, 640),
    ("TOTAL AUD", 1000, 680),
    ("826.10", 1300, 680),
    ("Pay by EFT, reference INV-1187. Cheques payable to Brightline", 150, 800),
    ("Electrical.", 150, 840),
)


def test_a_payees_name_cut_by_the_end_of_its_line_runs_on_where_the_page_prints_it_whole():
    invoice = read(page(*ELECTRICIAN))

    assert invoice.vendor == "Brightline Electrical"


def test_a_payees_name_runs_on_into_no_word_the_page_never_prints_with_it():
    cut = [placed for placed in ELECTRICIAN if placed[0] != "Brightline Electrical"]
    invoice = read(page(*cut, ("Brightline", 1100, 200)))

    assert invoice.vendor == "Brightline"


def test_a_discount_between_the_subtotal_and_the_tax_makes_the_net_amount_without_a_net_line():
    invoice = read(
        page(
            ("Maple & Ink Design Studio", 150, 100),
            ("Invoice Number", 700, 200),
            ("0000117", 700, 240),
            ("Date of Issue", 1000, 200),
            ("2025-05-26", 1000, 240),
            ("Description", 150, 400),
            ("Line Total", 1300, 400),
            ("Brand identity refresh", 150, 450),
            ("$2,400.00", 1300, 450),
            ("Packaging design", 150, 490),
            ("$1,950.00", 1300, 490),
            ("Subtotal", 1000, 600),
            ("$4,350.00", 1300, 600),
            ("Discount (10%)", 1000, 640),
            ("-$435.00", 1300, 640),
            ("Tax (HST 13%)", 1000, 680),
            ("$508.95", 1300, 680),
            ("Total", 1000, 720),
            ("$4,423.95", 1300, 720),
            ("Amount Paid", 1000, 760),
            ("-$2,000.00", 1300, 760),
            ("Amount Due (CAD)", 1000, 800),
            ("$2,423.95", 1300, 800),
        )
    )

    assert (invoice.line_total, invoice.subtotal, invoice.tax, invoice.total) == (
        4350.0,
        3915.0,
        508.95,
        4423.95,
    )
    assert invoice.amount_due == 2423.95
    assert _flagged(invoice) == []


def test_a_discount_printed_without_its_minus_is_taken_off_and_the_carriage_added():
    invoice = read(
        page(
            ("Hartwell & Finch Ltd", 150, 100),
            ("Joinery", 150, 450),
            ("£1,000.00", 1300, 450),
            ("Subtotal", 1000, 600),
            ("£1,000.00", 1300, 600),
            ("Trade discount 5%", 1000, 640),
            ("£50.00", 1300, 640),
            ("Carriage", 1000, 680),
            ("£20.00", 1300, 680),
            ("VAT 20%", 1000, 720),
            ("£194.00", 1300, 720),
            ("TOTAL GBP", 1000, 760),
            ("£1,164.00", 1300, 760),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (970.0, 194.0, 1164.0)


def test_a_sentence_about_payment_in_the_column_beside_the_totals_label_is_no_payment():
    invoice = read(
        page(
            ("Pennine Fasteners Ltd.", 150, 100),
            ("M8 Hex Bolt Zinc Plated", 150, 450),
            ("401.35", 1300, 450),
            ("Total Net Amount", 1100, 600),
            ("401.35", 1500, 600),
            ("Total VAT Amount", 1100, 640),
            ("80.27", 1500, 640),
            ("Goods remain our property until paid for in full.", 100, 680),
            ("Invoice Total", 1100, 680),
            ("£481.62", 1500, 680),
        )
    )

    assert invoice.total == 481.62


def test_the_sum_row_of_a_tax_table_under_the_total_is_no_rival_of_it():
    invoice = read(
        page(
            ("SHREE GANESH TRADERS", 150, 100),
            ("Tax Invoice", 150, 160),
            ("1 | Finolux FR PVC Wire 1.5 sq mm", 150, 400),
            ("49,800.00", 1300, 400),
            ("CGST @ 9%", 700, 450),
            ("4,482.00", 1300, 450),
            ("SGST @ 9%", 700, 490),
            ("4,482.00", 1300, 490),
            ("Total", 700, 540),
            ("₹ 58,764.00", 1300, 540),
            ("HSN/SAC", 150, 660),
            ("Taxable", 400, 660),
            ("Central Tax", 650, 660),
            ("State Tax", 900, 660),
            ("Total", 1150, 660),
            ("Value", 400, 700),
            ("Amount", 650, 700),
            ("Amount", 900, 700),
            ("Tax Amount", 1150, 700),
            ("8544", 150, 740),
            ("49,800.00", 400, 740),
            ("4,482.00", 650, 740),
            ("4,482.00", 900, 740),
            ("8,964.00", 1150, 740),
            ("Total", 150, 780),
            ("49,800.00", 400, 780),
            ("4,482.00", 650, 780),
            ("4,482.00", 900, 780),
            ("8,964.00", 1150, 780),
        )
    )

    assert invoice.total == 58764.0


def test_a_tax_in_its_own_column_beside_the_amount_in_words_is_no_total():
    invoice = read(
        page(
            ("Tarang Digital Solutions Pvt. Ltd.", 150, 100),
            ("Website redesign", 150, 450),
            ("93,300.00", 1500, 450),
            ("Sub Total", 1100, 600),
            ("93,300.00", 1500, 600),
            ("CGST9 (9%)", 1100, 640),
            ("8,397.00", 1500, 640),
            ("Total In Words", 100, 680),
            ("SGST9 (9%)", 1100, 680),
            ("8,397.00", 1500, 680),
            ("Indian Rupee One Lakh Ten Thousand Ninety-Four Only", 100, 720),
            ("Total", 1100, 720),
            ("₹1,10,094.00", 1500, 720),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (93300.0, 16794.0, 110094.0)
    assert "total" not in _flagged(invoice)


def test_a_service_charge_among_the_items_above_the_subtotal_is_inside_it():
    invoice = read(
        page(
            ("Salt & Cedar Catering Co.", 150, 100),
            ("Plated dinner", 150, 450),
            ("10,050.00", 1300, 450),
            ("Service charge 18% on food & beverage", 150, 490),
            ("1,809.00", 1300, 490),
            ("Subtotal", 1000, 600),
            ("11,859.00", 1300, 600),
            ("GST 5%", 1000, 640),
            ("592.95", 1300, 640),
            ("TOTAL (CAD)", 1000, 680),
            ("C$12,451.95", 1300, 680),
        )
    )

    assert invoice.charges is None
    assert invoice.total == 12451.95
    assert not {"subtotal", "tax", "total"} & set(_flagged(invoice))


def test_a_promotional_credit_above_the_taxable_amount_is_no_payment():
    invoice = read(
        page(
            ("Nimbus Relay, Inc.", 150, 100),
            ("Pro plan, 25 seats", 150, 450),
            ("$5,702.70", 1300, 450),
            ("Subtotal", 700, 520),
            ("$5,702.70", 1300, 520),
            ("Promotional credit (PROMO-SPRING25)", 700, 560),
            ("-$250.00", 1300, 560),
            ("Taxable amount", 700, 600),
            ("$5,452.70", 1300, 600),
            ("Sales tax (6%)", 700, 640),
            ("$327.16", 1300, 640),
            ("Total due (USD)", 700, 680),
            ("$5,779.86", 1300, 680),
        )
    )

    assert invoice.total == 5779.86
    assert "total" not in _flagged(invoice)


def test_a_statements_balance_after_payments_on_an_earlier_balance_is_not_this_invoices_total():
    invoice = read(
        page(
            ("Whitcombe Adler & Finch LLP", 150, 100),
            ("Invoice No. 318847", 150, 200),
            ("Professional services", 150, 450),
            ("$5,404.50", 1300, 450),
            ("Total fees for this matter", 700, 600),
            ("$5,404.50", 1300, 600),
            ("Total disbursements", 700, 640),
            ("$257.18", 1300, 640),
            ("Total this invoice", 700, 680),
            ("$5,661.68", 1300, 680),
            ("Previous balance", 700, 720),
            ("$14,282.50", 1300, 720),
            ("Payments received", 700, 760),
            ("-$11,162.50", 1300, 760),
            ("Total balance due", 700, 800),
            ("$8,781.68", 1300, 800),
        )
    )

    assert invoice.total == 5661.68
    assert invoice.amount_due == 8781.68


def test_this_invoices_amount_beside_an_earlier_unpaid_bill_is_the_total():
    invoice = read(
        page(
            ("Pellerin Marsh LLP", 150, 100),
            ("Invoice PM-24-01732", 150, 200),
            ("Year-end audit fieldwork", 150, 450),
            ("$19,552.45", 1300, 450),
            ("Subtotal", 700, 600),
            ("19,552.45", 1300, 600),
            ("GST 5%", 700, 640),
            ("977.62", 1300, 640),
            ("Amount of this invoice", 700, 680),
            ("$20,530.07", 1300, 680),
            ("Progress billing #1, PM-24-00418, January 15, 2024 - unpaid", 100, 760),
            ("$22,140.00", 1300, 760),
            ("This invoice", 700, 800),
            ("$20,530.07", 1300, 800),
            ("Total outstanding", 700, 840),
            ("$42,670.07", 1300, 840),
        )
    )

    assert invoice.total == 20530.07


def test_a_utility_bills_current_charges_are_its_total_not_the_balance_brought_forward():
    invoice = read(
        page(
            ("Brightwater Energy Supply Ltd.", 150, 100),
            ("Previous balance", 700, 300),
            ("£1,184.52", 1300, 300),
            ("Payment received 15/01/2024 - thank you", 400, 340),
            ("-£1,000.00", 1300, 340),
            ("Balance brought forward", 700, 380),
            ("£184.52", 1300, 380),
            ("Current charges (incl. VAT)", 700, 420),
            ("£1,002.48", 1300, 420),
            ("Total amount due", 700, 460),
            ("£1,187.00", 1300, 460),
            ("Charges before VAT", 700, 700),
            ("£835.40", 1300, 700),
            ("VAT at 20%", 700, 740),
            ("£167.08", 1300, 740),
        )
    )

    assert invoice.total == 1002.48


def test_a_remit_to_line_names_the_legal_entity_behind_a_logos_short_word():
    invoice = read(
        page(
            ("PEAKLINE", 150, 100),
            ("INVOICE", 1100, 100),
            ("staffing", 150, 150),
            ("Invoice #", 900, 200),
            ("1100-584217", 1100, 200),
            ("Warehouse Associate, 40.00 h", 150, 450),
            ("$771.07", 1300, 450),
            ("Invoice Total", 900, 700),
            ("$771.07", 1300, 700),
            (
                "Remit to: Peakline Staffing Solutions, LLC, P.O. Box 740218, Atlanta, GA 30374",
                100,
                900,
            ),
            ("Questions: billing@peakline.example", 100, 940),
        )
    )

    assert invoice.vendor == "Peakline Staffing Solutions, LLC"
