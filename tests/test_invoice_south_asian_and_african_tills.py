"""South Asian and East African tills: the balance handed back, a sign read apart from its
amount, and the numbers a tax authority's device prints.

A Pakistani till prints the change as `Balance` under the cash received, and the amount
payable after the discount and the rounding, below the gross total the items add up to;
its `Rs.` may sit in a cell of its own, read with less confidence than the amount. Tills
that report each sale to the tax authority print its number too (`FBR POS Invoice No.`,
Kenya's `CU INVOICE NO.`): the seller's own receipt number in the head is the one the
receipt is filed under, and the authority's stands in only where no other is printed.

A rupee is India's unless the page names another country (Lahore, Pakistan's `NTN`,
Colombo, Kathmandu) and no Indian GST. A South African till often prints no rand sign, or
one set apart from the amount (`R 162,51`, which could be a regular size too): its
`(Pty) Ltd`, its company number (`2009/014722/07`) or its city say rand.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import line, receipt


def pharmacy(payable_sign_confidence: float = 0.99):
    rows = [
        [("CarePlus Healthcare (SMC-Pvt.) Ltd.", 20)],
        [("NTN: 5290114-8", 20)],
        [("Receipt No: CP-F7-230918-0145", 20)],
        [("Date: 18-Sep-2023", 20), ("11:54 AM", 400)],
        [("Panadol Extra Tab 100s", 20), ("655.20", 480)],
        [("Augmentin 625mg Tab 6s", 20), ("996.00", 480)],
        [("Gross Total", 20), ("1,651.20", 480)],
        [("Discount 8%", 20), ("(132.10)", 480)],
        [("Rounding", 20), ("-0.10", 480)],
    ]
    lines = receipt(*rows)
    top = 40 + 50 * len(rows)
    lines += [
        line("AMOUNT PAYABLE", 20, top),
        line("Rs.", 340, top, confidence=payable_sign_confidence),
        line("1,519.00", 480, top),
    ]
    lines += receipt(
        [("Cash Received", 20), ("2,000.00", 480)],
        [("Balance", 20), ("481.00", 480)],
        top=top + 50,
    )
    return lines


@pytest.mark.parametrize("sign_confidence", [0.99, 0.5])
def test_the_amount_payable_is_the_total_that_the_cash_and_its_balance_make(sign_confidence):
    invoice = read(pharmacy(sign_confidence))

    assert invoice.total == 1519.0
    assert "total" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("device_rows", "number"),
    [
        ([[("FBR POS Invoice No.", 20)], [("160244230918115401332958", 20)]], "0145"),
        ([[("CU INVOICE NO.:", 20), ("KRACU0300004571/88214", 300)]], "0145"),
    ],
)
def test_a_tax_authoritys_number_gives_way_to_the_receipts_own(device_rows, number):
    invoice = read(
        receipt(
            [("MAISHA MART", 20)],
            [("Receipt No: 0145", 20)],
            [("Date: 19/05/2024", 20), ("Time: 18:22", 400)],
            [("OMO 1KG", 20), ("330.00", 480)],
            [("TOTAL", 20), ("KSh 330.00", 480)],
            *device_rows,
        )
    )

    assert invoice.invoice_number == number


def test_a_tax_authoritys_number_alone_is_the_number():
    invoice = read(
        receipt(
            [("MAISHA MART", 20)],
            [("Date: 19/05/2024", 20), ("Time: 18:22", 400)],
            [("OMO 1KG", 20), ("330.00", 480)],
            [("TOTAL", 20), ("KSh 330.00", 480)],
            [("CU INVOICE NO.:", 20), ("KRACU0300004571/88214", 300)],
        )
    )

    assert invoice.invoice_number == "KRACU0300004571/88214"


def test_a_doubtful_sign_in_a_cell_of_its_own_leaves_the_amount_read():
    lines = receipt(
        [("CarePlus Healthcare (SMC-Pvt.) Ltd.", 20)],
        [("Date: 18-Sep-2023", 20), ("11:54 AM", 400)],
        [("Panadol Extra Tab 100s", 20), ("655.20", 480)],
    )
    lines += [line("TOTAL", 20, 190), line("Rs.", 340, 190, confidence=0.6), line("655.20", 480, 190)]
    invoice = read(lines)

    assert invoice.total == 655.2
    assert "total" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("14-C, MM Alam Road, Gulberg III, Lahore\nNet Payable Rs. 4,710.00", "PKR"),
        ("NTN: 5290114-8\nAMOUNT PAYABLE Rs. 2,349.00", "PKR"),
        ("Galle Road, Colombo 03\nTOTAL Rs. 3,480.00", "LKR"),
        ("Thamel, Kathmandu\nGrand Total Rs. 1,830.00", "NPR"),
        ("GSTIN: 27AABCU9603R1ZM\nNet Amount Rs. 1,180.00", "INR"),
        # An Indian bill naming a Pakistani dish's city is still India's.
        ("GSTIN: 07AAGFD4421P1ZV\nLahori Chicken Rs. 420.00", "INR"),
    ],
)
def test_a_rupee_is_the_country_the_page_names(text, currency):
    assert guess_currency(text)[0] == currency


@pytest.mark.parametrize(
    "text",
    [
        "FreshCo Retail Holdings (Pty) Ltd\nTOTAL DUE 394.58\nCASH 600.00",
        "Reg No 2009/014722/07\nTOTAL DUE 394.58",
        "Shop 41, Menlyn Centre, Pretoria\nVAT INCL 15% 162,51\nCard Paid 734,88",
    ],
)
def test_a_south_african_till_counts_in_rand_where_it_prints_no_sign(text):
    assert guess_currency(text)[0] == "ZAR"


def test_a_regular_size_before_its_price_is_no_rand():
    assert guess_currency("75000 Melaka\nColeslaw R 3.95\nNET TOTAL 37.50")[0] == "MYR"
