"""Latin American sellers' names set over two lines.

A Colombian or Peruvian header sets a long registered name over two lines, the second
opening with a connecting word (`DROGUERÍA LA ESPERANZA` / `DEL NORTE S.A.S.`,
`INVERSIONES GASTRONÓMICAS` / `LA CANDELARIA S.A.S.`): one name, not the second line's
company of its own. A brand over a company that opens otherwise stays two names.
"""

import pytest

from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("DROGUERÍA LA ESPERANZA", "DEL NORTE S.A.S.", "DROGUERÍA LA ESPERANZA DEL NORTE S.A.S."),
        (
            "INVERSIONES GASTRONÓMICAS",
            "LA CANDELARIA S.A.S.",
            "INVERSIONES GASTRONÓMICAS LA CANDELARIA S.A.S.",
        ),
    ],
)
def test_a_name_whose_second_line_opens_with_a_connecting_word_is_one_name(first, second, name):
    invoice = read(
        receipt(
            [(first, 60)],
            [(second, 60)],
            [("NIT: 900.871.204-7", 60)],
            [("Calle 84 No. 51B-33, Barranquilla", 20)],
            [("12/06/2024 10:14", 20)],
            [("Acetaminofén 500 mg", 20), ("$54.300", 480)],
            [("TOTAL", 20), ("$54.300", 480)],
        )
    )

    assert invoice.vendor == name
