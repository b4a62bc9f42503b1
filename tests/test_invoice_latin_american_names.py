"""Latin American receipts: sellers' names over two lines, tills' numbers, the sol.

A Colombian or Peruvian header sets a long registered name over two lines, the second
opening with a connecting word (`DROGUERÍA LA ESPERANZA` / `DEL NORTE S.A.S.`,
`INVERSIONES GASTRONÓMICAS` / `LA CANDELARIA S.A.S.`): one name, not the second line's
company of its own. A brand over a company that opens otherwise stays two names. Tills
number their tickets `Folio:` (after the waiter, in Mexico), `Extrato No.` (Brazil's CF-e
SAT), `BOLETA ELECTRONICA N°` (Chile, Peru) and `Nro.` (Argentina); Peru prices in soles
(`S/ 68.81`), which a Malaysian `S/B` is not.

An A4 invoice wraps its name beside the title's column (`SOLUCIONES TÉCNICAS` /
`ANDINAS S.A.S.` with `FACTURA ELECTRÓNICA` / `DE VENTA` to the right), and a Spanish
American form may end two words of the name's own (`FERRETERÍA INDUSTRIAL` / `SANTA ROSA
S.A.C.`, the accent raising the first line's box). A Mexican form may open the line under
the name, with the RFC after it.
"""

import pytest

from bot.invoices.amounts import guess_currency
from tests.test_invoice_french_software import sized
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


def placed(*lines: tuple[str, float, float, float]):
    """(text, x, y, height) as OCR boxes, read into an invoice."""
    return read(sized(*lines))


BODY = (
    ("Fecha de emisión: 16/08/2022", 60, 420, 36),
    ("Mantenimiento preventivo", 60, 520, 36),
    ("$ 2.119.000,00", 1100, 520, 36),
    ("IVA 19%", 60, 580, 36),
    ("$ 402.610,00", 1100, 580, 36),
    ("TOTAL", 60, 640, 36),
    ("$ 2.521.610,00", 1100, 640, 36),
)


def test_a_name_wrapped_beside_the_title_column_is_one_name():
    invoice = placed(
        ("SOLUCIONES TÉCNICAS", 60, 100, 60),
        ("FACTURA ELECTRÓNICA", 1100, 100, 40),
        ("DE VENTA", 1100, 142, 36),
        ("ANDINAS S.A.S.", 60, 180, 54),
        ("NIT 900.612.385-1", 60, 260, 36),
        *BODY,
    )

    assert invoice.vendor == "SOLUCIONES TÉCNICAS ANDINAS S.A.S."


def test_two_words_before_a_spanish_american_form_end_a_wrapped_name():
    invoice = placed(
        ("FERRETERÍA INDUSTRIAL", 60, 100, 62), ("SANTA ROSA S.A.C.", 60, 173, 50), *BODY
    )

    assert invoice.vendor == "FERRETERÍA INDUSTRIAL SANTA ROSA S.A.C."


@pytest.mark.parametrize(
    ("brand", "company"),
    [
        # A Malaysian company of two words under a brand is a name of its own.
        ("HAPPY BEAN", "MAJU JAYA SDN BHD"),
        # So is a company of four words under its brand.
        ("MINIMARKET LOS ANDES", "CORPORACIÓN COMERCIAL LOS ANDES S.A.C."),
    ],
)
def test_a_brand_over_a_company_of_its_own_is_not_one_name(brand, company):
    invoice = placed((brand, 60, 100, 62), (company, 60, 173, 50), *BODY)

    assert invoice.vendor in (brand, company)


def test_a_mexican_form_opening_the_line_under_the_name_ends_it():
    invoice = read(
        receipt(
            [("Los Almendros", 60)],
            [("OPERADORA GASTRONOMICA LOS ALMENDROS", 20)],
            [("S.A. DE C.V. RFC OGA180622UT1", 20)],
            [("MERIDA,YUCATAN", 20), ("C.P. 97000", 400)],
            [("FECHA:25/11/2023", 20), ("15:48", 400)],
            [("SOPA DE LIMA", 20), ("118.00", 480)],
            [("TOTAL", 20), ("$118.00", 480)],
        )
    )

    assert invoice.vendor == "OPERADORA GASTRONOMICA LOS ALMENDROS S.A. DE C.V."
