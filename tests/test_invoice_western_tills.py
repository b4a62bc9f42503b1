"""Till receipts from the US, the UK, Ireland and the continent as phones photograph
them for expenses: the receipt's number under the labels of those tills, and the shop's
sign over the company a French, Italian, Spanish, German or Dutch line says runs it.
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("TRANS# 552870", 20), ("PUMP 04", 300)], "552870"),
        ([("STORE 0112", 20), ("TRAN# 4821", 300)], "4821"),
        ([("TRANS: 4821", 20), ("TILL 3", 300)], "4821"),
        ([("Transactienr. 004521", 20)], "004521"),
        ([("Check No. 5512", 20), ("Table 14", 300)], "5512"),
    ],
)
def test_the_transaction_and_check_numbers_of_western_tills(printed, number):
    invoice = read(
        receipt(
            [("HARBOUR GROCERY", 40)],
            [("12 Quay Street, Galway", 20)],
            [("Date: 12/03/2024 14:02", 20)],
            printed,
            [("MILK 2L", 20), ("2.49", 400)],
            [("TOTAL", 20), ("2.49", 400)],
        )
    )

    assert invoice.invoice_number == number
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    "operator",
    ["Exploité par SAS DISTRI-LOIRE", "Gestito da Bianchi Distribuzione S.r.l."],
)
def test_the_company_a_line_says_runs_the_shop_leaves_the_shop_its_name(operator):
    invoice = read(
        receipt(
            [("PANIER FRAIS", 60)],
            [(operator, 20)],
            [("12 rue de la Gare 49000 Angers", 20)],
            [("Date: 12/03/2024", 20)],
            [("BAGUETTE", 20), ("1.20", 400)],
            [("TOTAL", 20), ("1.20", 400)],
        )
    )

    assert invoice.vendor == "PANIER FRAIS"
