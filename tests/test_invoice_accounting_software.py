"""Invoices as small businesses send them from accounting software (Xero, Sage, Zoho):
a logo's name set over two lines and printed whole in the address block, and a number
set under its label, the seller's address column beside it. A postcode ends an address,
whatever a footer's registered office leaves of it (`Leeds LS1 4AP`): no name.
"""

import pytest

from bot.invoices.parties import may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, line


def test_a_logo_set_over_two_lines_is_the_name_the_address_block_prints_whole():
    invoice = read(
        [
            line("KAROO", 100, 40, height=50),
            line("TAX INVOICE", 1000, 40),
            line("BUILDING SUPPLIES", 100, 95, height=50),
            line("Invoice No.", 1000, 100),
            line("INV00872", 1250, 100),
            line("Karoo Building Supplies", 100, 160),
            line("Date", 1000, 160),
            line("2024-11-28", 1250, 160),
            line("14 Voortrekker Road, Oudtshoorn, 6625", 100, 200),
            line("VAT No: 4680112345", 100, 240),
            line("Customer", 100, 320),
            line("Du Plessis Bouwerke CC", 100, 360),
            line("Cement 50kg x 40", 100, 460),
            line("3 800.00", 1250, 460),
            line("Total", 1000, 520),
            line("R 3 800.00", 1250, 520),
        ]
    )

    assert invoice.vendor == "Karoo Building Supplies"
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_number_set_under_its_label_is_not_the_next_columns_phone_number():
    credit_note = read(
        [
            line("CREDIT NOTE", 100, 40),
            line("Penrose & Lyle Interiors Ltd", 1200, 40),
            line("The Maltings, Mill Lane", 1200, 80),
            line("The Bramley Hotel", 100, 160),
            line("Date", 800, 160),
            line("SY1 2EF", 1200, 160),
            line("2 Castle Street", 100, 200),
            line("21 Jan 2025", 800, 200),
            line("UNITED KINGDOM", 1200, 200),
            line("Ludlow", 100, 240),
            line("Credit Note Number", 800, 240),
            line("01743 555 201", 1200, 240),
            line("SY8 1AS", 100, 280),
            line("CN-0018", 800, 280),
            line("Reference", 800, 320),
            line("INV-0392", 800, 360),
            line("Returned: velvet cushion covers", 100, 460),
            line("147.00", 1300, 460),
            line("TOTAL GBP", 1000, 520),
            line("147.00", 1300, 520),
        ]
    )

    assert credit_note.invoice_number == "CN-0018"


def test_the_value_beside_a_label_with_a_colon_is_still_its_value():
    page = read(
        [
            line("Penrose & Lyle Interiors Ltd", 100, 40),
            line("Invoice", 100, 100),
            line("Invoice Number:", 800, 160),
            line("INV-0412", 1200, 160),
            line("Date:", 800, 200),
            line("21 Jan 2025", 1200, 200),
            line("Velvet cushion covers", 100, 300),
            line("147.00", 1300, 300),
            line("TOTAL GBP", 1000, 360),
            line("147.00", 1300, 360),
        ]
    )

    assert page.invoice_number == "INV-0412"


def _sums(*printed: tuple[str, str]):
    """An invoice whose totals block prints `printed` as (label, amount) rows."""
    placed = [
        line("Northgate Data Consulting", 100, 40),
        line("Invoice # 0042", 1000, 100),
        line("Invoice Date Feb 14, 2025", 1000, 140),
        line("Item", 100, 300),
        line("Amount", 1250, 300),
    ]
    for number, (label, amount) in enumerate(printed):
        placed += [line(label, 700, 360 + 50 * number), line(amount, 1250, 360 + 50 * number)]
    return read(placed)


def test_a_discount_with_no_tax_charged_makes_the_net_amount_that_is_the_total():
    invoice = _sums(
        ("Consulting, 62 hours", "8,975.00"),
        ("Subtotal", "8,975.00"),
        ("Discount (5%)", "448.75"),
        ("Total", "$8,526.25"),
        ("Paid to Date", "$4,000.00"),
        ("Balance Due", "$4,526.25"),
    )

    assert (invoice.subtotal, invoice.line_total, invoice.total) == (8526.25, 8975.00, 8526.25)
    assert not {"subtotal", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_two_taxes_on_the_goods_and_their_shipping_make_the_total_with_them():
    """Quebec's GST and QST, each reckoned on the subtotal and the shipping."""
    invoice = _sums(
        ("Task chair x 6", "2,334.00"),
        ("Reception desk", "1,845.00"),
        ("Subtotal", "4,179.00"),
        ("Shipping", "150.00"),
        ("GST @ 5% on 4,329.00", "216.45"),
        ("QST @ 9.975% on 4,329.00", "431.82"),
        ("TOTAL", "4,977.27"),
        ("BALANCE DUE", "$4,977.27"),
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (4329.00, 648.27, 4977.27)
    assert not {"subtotal", "tax", "total"} & set(needs_review(invoice, checks(invoice, TODAY)))


def test_a_vat_summary_printing_the_tax_before_its_base_gives_the_tax():
    invoice = _sums(
        ("Brand refresh", "1,450.00"),
        ("VAT @ 20% 290.00", "1,450.00"),
        ("Total", "1,740.00"),
    )

    assert invoice.tax == 290.00


def test_a_logo_over_two_lines_that_the_sender_block_names_again_is_sure():
    """Xero sets the customer's address unlabelled under the title, the seller's in a
    column of its own; the logo's name printed there too is the seller's."""
    invoice = read(
        [
            line("KOWHAI", 100, 20, height=60),
            line("DIGITAL", 100, 85, height=60),
            line("TAX INVOICE", 100, 200),
            line("Pukeko Press Limited", 100, 250),
            line("Invoice Date", 700, 250),
            line("Kowhai Digital", 1100, 250),
            line("PO Box 33 118", 100, 290),
            line("3 Feb 2025", 700, 290),
            line("Level 2, 86 Victoria Street", 1100, 290),
            line("Auckland 0740", 100, 330),
            line("Invoice Number", 700, 330),
            line("Wellington 6011", 1100, 330),
            line("INV-2291", 700, 370),
            line("accounts@kowhaidigital.co.nz", 1100, 410),
            line("Monthly website care plan", 100, 500),
            line("345.00", 1300, 500),
            line("TOTAL NZD", 1000, 560),
            line("345.00", 1300, 560),
        ]
    )

    assert invoice.vendor == "KOWHAI DIGITAL"
    assert "vendor" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("LS1 4AP", False),
        ("Leeds LS1 4AP", False),
        ("London SW1A 1AA", False),
        ("Toronto ON M5V 2T6", False),
        ("Limerick V94 K2X7", False),
        ("Brightwater IT Support Ltd", True),
        ("Studio 54 Photography", True),
    ],
)
def test_a_postcode_ends_an_address_not_a_name(text, named):
    assert may_name(text) is named
