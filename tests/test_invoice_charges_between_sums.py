"""Several charges between the subtotal and the total.

A caterer adds a service charge and the delivery to its subtotal before the sales tax; a
restaurant adds a service charge and a tip. Together with the tax they make the total,
so the total is sure and the charges are given as what they sum to. Where they do not
make it, the total stays for review.
"""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read


def caterer_invoice(total: str):
    return page(
        ("Marigold & Rye", 100, 60),
        ("Invoice #000214", 100, 160),
        ("Billed to", 900, 160),
        ("Northfield Analytics Group, Inc.", 900, 210),
        ("Invoice date", 100, 260),
        ("Jul 9, 2025", 400, 260),
        ("Item", 100, 400),
        ("Qty", 800, 400),
        ("Amount", 1300, 400),
        ("Boxed lunch - chef's selection", 100, 450),
        ("85", 800, 450),
        ("$1,572.50", 1300, 450),
        ("Seasonal fruit platter", 100, 500),
        ("4", 800, 500),
        ("$1,390.25", 1300, 500),
        ("Subtotal", 900, 600),
        ("$2,962.75", 1300, 600),
        ("Service charge (18%)", 900, 650),
        ("$533.30", 1300, 650),
        ("Delivery & setup", 900, 700),
        ("$45.00", 1300, 700),
        ("Chicago sales tax (11.75%)", 900, 750),
        ("$416.07", 1300, 750),
        ("Total due", 900, 800),
        (total, 1300, 800),
        ("Marigold & Rye Catering LLC · 1918 W Chicago Ave, Chicago, IL 60622", 100, 1000),
    )


def test_a_service_charge_and_the_delivery_with_the_tax_make_the_total():
    invoice = read(caterer_invoice("$3,957.12"))
    done = checks(invoice)
    assert invoice.total == 3957.12
    assert invoice.charges == 533.30
    assert next(check for check in done if check.name == "totals").ok is True
    assert needs_review(invoice, done) == []


def test_charges_that_do_not_make_the_total_leave_it_for_review():
    invoice = read(caterer_invoice("$3,975.12"))
    assert "total" in needs_review(invoice, checks(invoice))


def test_a_service_charge_and_a_tip_are_both_charges():
    invoice = read(
        page(
            ("THE COPPER SKILLET", 300, 60),
            ("Check #4471", 100, 160),
            ("03/14/2024", 700, 160),
            ("2 Ribeye", 100, 300),
            ("64.00", 900, 300),
            ("1 Caesar Salad", 100, 350),
            ("16.00", 900, 350),
            ("Subtotal", 100, 450),
            ("80.00", 900, 450),
            ("Service Charge 10%", 100, 500),
            ("8.00", 900, 500),
            ("Tip", 100, 550),
            ("12.00", 900, 550),
            ("Sales Tax 8.8%", 100, 600),
            ("7.04", 900, 600),
            ("TOTAL", 100, 650),
            ("107.04", 900, 650),
        )
    )
    assert invoice.total == 107.04
    assert invoice.charges == 20.00
    assert "total" not in needs_review(invoice, checks(invoice))
