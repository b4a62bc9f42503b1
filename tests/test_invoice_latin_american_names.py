"""Latin American receipts: sellers' names over two lines, tills' numbers, the sol.

A Colombian or Peruvian header sets a long registered name over two lines, the second
opening with a connecting word (`DROGUERÍA LA ESPERANZA` / `DEL NORTE S.A.S.`,
`INVERSIONES GASTRONÓMICAS` / `LA CANDELARIA S.A.S.`): one name, not the second line's
company of its own. A brand over a company that opens otherwise stays two names. Tills
number their tickets `Folio:` (after the waiter, in Mexico), `Extrato No.` (Brazil's CF-e
SAT), `BOLETA ELECTRONICA N°` (Chile, Peru) and `Nro.` (Argentina); Peru prices in soles
(`S/ 68.81`), which a Malaysian `S/B` is not.
"""

import pytest

from bot.invoices.amounts import guess_currency
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


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("MESERO: JORGE C.   |   Folio: A-20931", "A-20931"),
        ("Extrato No. 012347", "012347"),
        ("BOLETA ELECTRONICA N° 1029384", "1029384"),
        ("Nro. 0004-00210455", "0004-00210455"),
    ],
)
def test_the_numbers_of_latin_american_tills(printed, number):
    cells = [(text.strip(), 20 + 400 * index) for index, text in enumerate(printed.split("|"))]
    invoice = read(
        receipt(
            [("COMBUSTIBLES DEL PARANÁ S.R.L.", 60)],
            cells,
            [("02/12/2024 08:15", 20)],
            [("Nafta Super 40 L", 20), ("43.690,68", 480)],
            [("TOTAL", 20), ("43.690,68", 480)],
        )
    )

    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("OP. GRAVADA | S/ 68.81\nIMPORTE TOTAL | S/ 81.20", "PEN"),
        ("KEDAI ABC S/B\nTOTAL 12.00", None),
    ],
)
def test_the_sol_is_read_beside_an_amount_only(text, currency):
    assert guess_currency(text)[0] == currency
