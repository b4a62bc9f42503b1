"""A dealer's or a workshop's repair order: labour, parts, shop supplies and tax summed
in a box whose last line asks `PLEASE PAY THIS AMOUNT`, the card paid beside it, and
the next service due at a mileage, which is a distance, not money owed."""

from bot.invoices.amounts import amounts
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import TODAY, read
from tests.test_invoice_rules import receipt


def test_a_distance_is_no_amount():
    assert amounts("NEXT SERVICE DUE AT 55,000 MI OR 05/14/25") == []
    assert amounts("Odometer in 45,120 km") == []
    assert [str(a.value) for a in amounts("Distance 12.5 km | 18.40")] == ["18.40"]


def test_a_repair_orders_amount_to_pay_is_its_total_and_the_next_service_is_not_due():
    invoice = read(
        receipt(
            [("LONE MESA CHEVROLET", 20), ("INVOICE 718340", 900)],
            [("11/14/2024", 900)],
            [("LABOR AMOUNT", 600), ("347.95", 1000)],
            [("PARTS AMOUNT", 600), ("137.48", 1000)],
            [("MISC. CHARGES", 600), ("14.95", 1000)],
            [("SALES TAX 8.25%", 600), ("11.34", 1000)],
            [("PLEASE PAY THIS AMOUNT", 600), ("511.72", 1000)],
            [("CUSTOMER PAY: MC ****0925 AUTH 08813Z", 20), ("511.72", 1000)],
            [("NEXT SERVICE DUE AT 55,000 MI OR 05/14/25", 20)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (511.72, None)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))
