"""Invoices filled in from Word, Excel and Google Docs templates, and Indian bills.

A template prints its sums box beside a column of notes, so a line of the box opens
with a sentence of the notes (`Please reference the P.O. # with your payment.` beside
`SALES TAX 7%`, `PAYMENT INFORMATION` beside `Subtotal`), and between the subtotal and
the total it lists what the template offers: a discount, the taxable part, the rate,
shipping, `OTHER $0.00`. A sole trader's letterhead prints the business over the
owner's name, and the owner is whom cheques are payable to. A utility bill prints the
current bill's amount beside the arrears it adds; a shop's heading may carry its
trades under its name in another case (`Chemists & Druggists`).
"""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import line, receipt


def flagged(invoice) -> list[str]:
    return needs_review(invoice, checks(invoice))


def test_a_sums_box_beside_notes_that_speak_of_payment_confirms_its_total():
    invoice = read(
        receipt(
            [("Green Acres Lawn Care", 20)],
            [("INVOICE", 20)],
            [("Invoice #", 20), ("000823", 400)],
            [("Date", 20), ("05/06/2024", 400)],
            [("DESCRIPTION", 20), ("AMOUNT", 1400)],
            [("Weekly mowing and edging, May", 20), ("1,856.00", 1400)],
            [("OTHER COMMENTS", 20), ("SUBTOTAL", 900), ("$1,856.00", 1400)],
            [("Thank you for choosing us!", 20), ("DISCOUNT (5% prepaid)", 900), ("-$92.80", 1400)],
            [
                ("Please reference the P.O. # with your payment.", 20),
                ("SALES TAX 7%", 900),
                ("$123.42", 1400),
            ],
            [("TOTAL", 900), ("$1,886.62", 1400)],
            [("Make all checks payable to Green Acres Lawn Care", 20)],
        )
    )
    assert invoice.total == 1886.62
    assert "total" not in flagged(invoice)


def test_the_taxable_part_the_rate_and_an_empty_other_line_leave_the_sums_adding_up():
    invoice = read(
        receipt(
            [("Coastal Print Shop", 20)],
            [("INVOICE", 20)],
            [("INVOICE #", 20), ("5530", 400)],
            [("DATE", 20), ("09/12/2024", 400)],
            [("Vinyl banners 3x6", 20), ("622.85", 1400)],
            [("Design hours", 20), ("217.50", 1400)],
            [("OTHER COMMENTS", 20), ("SUBTOTAL", 900), ("$840.35", 1400)],
            [("1. Total payment due in 30 days", 20), ("TAXABLE", 900), ("$622.85", 1400)],
            [("TAX RATE", 900), ("7.000%", 1400)],
            [("SALES TAX", 900), ("$43.60", 1400)],
            [("SHIPPING & HANDLING", 900), ("$18.00", 1400)],
            [("OTHER", 900), ("$0.00", 1400)],
            [("TOTAL", 900), ("$901.95", 1400)],
        )
    )
    assert invoice.total == 901.95
    assert {"subtotal", "tax", "total"}.isdisjoint(flagged(invoice))


def test_a_delivery_charge_between_subtotal_and_vat_beside_payment_information():
    invoice = read(
        receipt(
            [("Bloom & Twig", 20)],
            [("VAT Reg No: GB 318 5529 04", 20)],
            [("INVOICE TO:", 20), ("Invoice No:", 900), ("BT-1183", 1200)],
            [("The Larches Hotel Ltd", 20), ("Date:", 900), ("08/04/2024", 1200)],
            [("Weekly reception arrangement", 20), ("340.00", 1400)],
            [("Table centrepieces", 20), ("270.00", 1400)],
            [("PAYMENT INFORMATION", 20), ("Subtotal", 900), ("£610.00", 1400)],
            [("Bank: Lloyds", 20), ("Delivery", 900), ("£15.00", 1400)],
            [("Terms: 30 days from invoice date", 20), ("VAT 20%", 900), ("£125.00", 1400)],
            [("TOTAL", 900), ("£750.00", 1400)],
        )
    )
    assert invoice.total == 750.00
    assert "total" not in flagged(invoice)


def test_an_invoice_number_that_opens_like_a_business_term_code_is_read_whole():
    invoice = read(
        receipt(
            [("Bloom & Twig", 20)],
            [("INVOICE TO:", 20), ("Invoice No:", 900), ("BT-1183", 1200)],
            [("The Larches Hotel Ltd", 20), ("Date:", 900), ("08/04/2024", 1200)],
            [("TOTAL", 900), ("£750.00", 1400)],
        )
    )
    assert invoice.invoice_number == "BT-1183"


def test_cheques_payable_to_the_owner_named_under_the_letterhead_leave_the_business_vendor():
    invoice = read(
        receipt(
            [("Salish Sea Bookkeeping", 20), ("INVOICE", 1100)],
            [("Ana Ruiz, CPB", 20)],
            [("305-1120 Hamilton St", 20), ("Invoice #:", 900), ("24-003", 1200)],
            [("Vancouver, BC V6B 2S2", 20), ("Invoice Date:", 900), ("January 22, 2024", 1200)],
            [("GST No. 81734 2290 RT0001", 20)],
            [("CLIENT", 20)],
            [("Tofino Kayak Co. Ltd.", 20)],
            [("Monthly bookkeeping", 20), ("965.00", 1400)],
            [("Subtotal", 900), ("$965.00", 1400)],
            [("GST 5%", 900), ("$48.25", 1400)],
            [("TOTAL", 900), ("$1,013.25", 1400)],
            [("Make all cheques payable to Ana Ruiz", 20)],
        )
    )
    assert invoice.vendor == "Salish Sea Bookkeeping"


def test_a_utility_bills_total_is_the_current_bill_and_the_arrears_make_the_amount_due():
    invoice = read(
        receipt(
            [("ELECTRICITY BILL", 20)],
            [("Sahyadri Power Distribution Company Limited", 20)],
            [("GSTIN: 27IBCCS1892S1Z9", 20)],
            [("Bill No.", 900), ("000745218893", 1200)],
            [("Bill Date", 900), ("10-01-2024", 1200)],
            [("Fixed Charges", 20), ("128.00", 1400)],
            [("Energy Charges", 20), ("3,157.54", 1400)],
            [("Current Bill Amount", 20), ("3,285.54", 1400)],
            [("Arrears", 20), ("1,190.00", 1400)],
            [("Round off adjustment", 20), ("0.46", 1400)],
            [("Net Amount Payable (Rounded)", 20), ("4,476.00", 1400)],
        )
    )
    assert invoice.total == 3285.54
    assert invoice.amount_due == 4476.00


def test_trades_under_a_shops_name_in_another_case_are_no_part_of_it():
    # A till prints the name a size up, its trades almost as large.
    lines = [
        line("SANJEEVANI MEDICALS", 120, 40, height=42),
        line("Chemists & Druggists", 140, 90, height=36),
        *receipt(
            [("Shop 4, Ganpati Plaza, Tonk Road", 80)],
            [("GSTIN: 08DIBPS1520P1ZY", 100)],
            [("Bill No: SM/2324/08812", 20)],
            [("Date: 14/02/2024", 20)],
            [("Paracetamol 650 Strip", 20), ("32.00", 500)],
            [("Net Amount", 20), ("32.00", 500)],
            top=140,
        ),
    ]
    assert read(lines).vendor == "SANJEEVANI MEDICALS"


def test_a_freelancers_name_under_a_line_saying_what_he_does_is_the_vendor():
    lines = [
        line("Freelance Writer & Content Strategist", 20, 40),
        line("Marcus Bell", 20, 90, height=50),
        line("2209 N Kedzie Blvd, Apt 3F", 900, 90),
        *receipt(
            [("Chicago, IL 60647", 900)],
            [("Invoice no.", 20), ("MB-2024-014", 400)],
            [("Date", 20), ("March 3, 2024", 400)],
            [("TOTAL", 900), ("$1,850.00", 1400)],
            [("Make checks payable to Marcus Bell.", 20)],
            top=160,
        ),
    ]
    assert read(lines).vendor == "Marcus Bell"
