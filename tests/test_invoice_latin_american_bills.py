"""Latin American bills: whose pesos a `$` counts, the tip a bill only suggests, a rate
run into its tax.

Argentina numbers a voucher by its point of sale and its own number, printed apart
(`P.V. Nro.: 0005`, `Nro. T.: 00034567`) and written together (`0005-00034567`).
A `$` is Argentina's peso beside a dotted `C.U.I.T.` or the province's `Ing. Brutos`, and
its dates read day first (`03/10/2023` is the 3rd of October). The word `pesos` alone
names no country: a Colombian `NIT` beside `PESOS M/CTE` makes them Colombia's. A Chilean
or Mexican bill prints the tip it suggests and the total with it (`Total c/propina
sugerida`): neither is paid unless the customer adds it, so the bill's total is the one
without. Mexico prints its VAT with the rate run on (`IVA16%`).
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt

ARGENTINE_TICKET = receipt(
    [("AUTOSERVICIO LOS TILOS S.R.L.", 40)],
    [("C.U.I.T. Nro.: 30-70918273-7", 20)],
    [("Ing. Brutos: 0-918273-00", 20)],
    [("TIQUE FACTURA B", 20)],
    [("P.V. Nro.: 0005", 20), ("Nro. T.: 00034567", 400)],
    [("Fecha 03/10/2023", 20), ("Hora 18:22:10", 400)],
    [("YERBA MATE 1KG", 20), ("2.300,00", 480)],
    [("ACEITE GIRASOL 1,5L", 20), ("1.899,00", 480)],
    [("TOTAL", 20), ("$ 4.199,00", 480)],
    [("Efectivo", 20), ("5.000,00", 480)],
    [("Su vuelto", 20), ("801,00", 480)],
)


def test_an_argentine_ticket_counts_in_pesos_and_dates_day_first():
    invoice = read(ARGENTINE_TICKET)

    assert (invoice.currency, invoice.issue_date, invoice.total) == ("ARS", "2023-10-03", 4199.0)


def test_an_argentine_ticket_is_numbered_by_its_point_of_sale_and_its_own_number():
    assert read(ARGENTINE_TICKET).invoice_number == "0005-00034567"


def test_an_argentine_invoice_prints_its_point_of_sale_beside_the_vouchers_number():
    invoice = read(
        receipt(
            [("TALLERES METALÚRGICOS RÍO CUARTO S.R.L.", 20), ("FACTURA", 500)],
            [("Punto de Venta: 00003", 20), ("Comp. Nro: 00001287", 500)],
            [("CUIT: 30715832042", 20), ("Fecha de Emisión: 12/06/2024", 500)],
            [("Servicio de tornería", 20), ("217.310,00", 480)],
            [("Importe Total: $", 20), ("217.310,00", 480)],
        )
    )

    assert invoice.invoice_number == "00003-00001287"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("C.U.I.T. Nro.: 30-70918273-7\nTOTAL $ 4.199,00", "ARS"),
        ("Ing. Brutos: 0-918273-00\nTOTAL $ 4.199,00", "ARS"),
        ("NIT 900.612.385-1\nSEISCIENTOS DIEZ PESOS M/CTE\nTOTAL $ 2.521.610,00", "COP"),
        ("CINCUENTA PESOS 00/100 M.N.\nTOTAL $50.00", "MXN"),
    ],
)
def test_whose_pesos_a_dollar_sign_counts(text, currency):
    assert guess_currency(text)[0] == currency


def chilean_bill(*tip_rows: list[tuple[str, float]]):
    return receipt(
        [("SOC. GASTRONOMICA CERRO ALEGRE LTDA.", 20)],
        [("RUT: 76.402.118-5", 20)],
        [("BOLETA ELECTRONICA", 20)],
        [("Fecha 21/01/2024", 20), ("21:12", 400)],
        [("Ceviche Reineta", 20), ("8.900", 480)],
        [("Chorrillana p/2", 20), ("14.500", 480)],
        [("Neto", 20), ("$19.664", 480)],
        [("IVA(19%)", 20), ("$3.736", 480)],
        [("Total", 20), ("$23.400", 480)],
        *tip_rows,
        [("Pago Tarjeta Débito", 20), ("$23.400", 480)],
    )


@pytest.mark.parametrize(
    "tip_rows",
    [
        [
            [("Propina sugerida (10%)", 20), ("$2.340", 480)],
            [("Total c/propina sugerida", 20), ("$25.740", 480)],
        ],
        [
            [("Suggested tip 10%", 20), ("$2.340", 480)],
            [("Total with suggested tip", 20), ("$25.740", 480)],
        ],
    ],
)
def test_a_suggested_tip_is_neither_charged_nor_in_the_total(tip_rows):
    invoice = read(chilean_bill(*tip_rows))

    assert invoice.total == 23400.0
    assert all(check.ok is not False for check in checks(invoice))


def test_a_tip_paid_on_the_bill_is_still_charged():
    invoice = read(
        chilean_bill(
            [("Propina", 20), ("$2.340", 480)],
            [("Total a pagar", 20), ("$25.740", 480)],
        )
    )

    assert invoice.total == 25740.0


def test_a_tax_with_its_rate_run_on_is_the_tax():
    invoice = read(
        receipt(
            [("OPERADORA GASTRONOMICA LOS ALMENDROS S.A. DE C.V.", 20)],
            [("FECHA:25/11/2023", 20), ("15:48", 400)],
            [("SOPA DE LIMA", 20), ("118.00", 480)],
            [("POC CHUC", 20), ("238.00", 480)],
            [("SUBTOTAL", 20), ("306.90", 480)],
            [("IVA16%", 20), ("49.10", 480)],
            [("TOTAL", 20), ("$356.00", 480)],
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (306.9, 49.1, 356.0)


def test_an_airports_code_ending_a_fees_name_is_not_its_currency():
    text = (
        "JD Tasa de salida de pasajeros MAD | 13,85\n"
        "OG Tasa de seguridad aeroportuaria MAD | 3,02\n"
        "TOTAL FACTURA (EUR) | 255,55\n"
        "importe cobrado el 27/01/2026: 255,55 EUR"
    )

    assert guess_currency(text)[0] == "EUR"
