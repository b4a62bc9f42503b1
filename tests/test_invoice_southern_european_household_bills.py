"""Household bills from Spain, Catalonia, Italy and Portugal: the labels their numbers go by.

Catalan bills number themselves `Núm. factura` and a community's receipt `Rebut núm.`;
Italian ones `Numero fattura`, `N. fattura`, a utility's `Bolletta n. 2025/…` and a
payment notice `Avviso n. TARI/…`; a Portuguese insurer's premium `Recibo n.º` (beside the
policy's `Apólice n.º`), the tax office's `N.º da nota de cobrança`, and a water bill
`N.º FAC 2025/…` under its title `FATURA`, beside the customer's address, not its meter's
`Contador n.º`.
"""

import pytest

from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def bill(*head: list[tuple[str, float]]):
    return receipt(
        [("Aigües del Camp, S.A.", 20)],
        *head,
        [("Data d'emissió: 04/11/2025", 20)],
        [("Consum d'aigua", 20), ("31,20 €", 700)],
        [("Total a pagar", 20), ("34,32 €", 700)],
    )


@pytest.mark.parametrize(
    ("head", "number"),
    [
        ([("Núm. factura", 20), ("AC-25-0412876", 300)], "AC-25-0412876"),
        ([("Rebut núm.: 214/2025-T4-07", 20)], "214/2025-T4-07"),
        ([("Numero fattura: VP-25-0077341", 20), ("Intestatario:", 700)], "VP-25-0077341"),
        ([("N. fattura", 20), ("LT2025E0339218", 300), ("Data emissione", 700)], "LT2025E0339218"),
        ([("Bolletta n. 2025/0004521873 del 07/11/2025", 20)], "2025/0004521873"),
        ([("AVVISO DI PAGAMENTO N. 2025/118", 20), ("Via Bologna 180", 700)], "2025/118"),
        ([("Avviso n. TARI/2025/004871", 20), ("Contribuente:", 700)], "TARI/2025/004871"),
        (
            [("Recibo n.º", 20), ("REC 2025/0903317", 250), ("Apólice n.º", 600), ("45-0091827", 800)],
            "REC 2025/0903317",
        ),
        ([("N.º da nota de cobrança", 20), ("2025 482190371", 500)], "2025 482190371"),
    ],
)
def test_a_southern_european_bill_is_numbered_by_its_own_label(head, number):
    assert read(bill(head)).invoice_number == number



def test_a_portuguese_bills_number_under_its_title_after_its_mark():
    invoice = read(
        bill(
            [("ANA CRISTINA LOPES FERREIRA", 20), ("FATURA", 700)],
            [("Rua de São João, 27 R/C", 20), ("N.º FAC 2025/0118734", 700)],
            [("Contador n.º 09B-774213", 20)],
        )
    )

    assert invoice.invoice_number == "FAC 2025/0118734"


def test_a_catalan_communitys_receipt_totals_its_fees_as_import_del_rebut():
    invoice = read(
        receipt(
            [("COMUNITAT DE PROPIETARIS", 20)],
            [("NIF H66184029", 20)],
            [("Rebut núm.: 214/2025-T4-07", 20)],
            [("Data d'emissió: 02/10/2025", 20)],
            [("Concepte", 20), ("Import", 700)],
            [("Quota ordinària 4t trimestre 2025", 20), ("285,00 €", 700)],
            [("Fons de reserva", 20), ("14,25 €", 700)],
            [("Quota extraordinària rehabilitació façana", 20), ("120,00 €", 700)],
            [("IMPORT DEL REBUT:", 20), ("419,25 €", 700)],
        )
    )

    assert invoice.total == 419.25


def test_a_bills_brand_gives_way_to_the_company_its_payment_slip_is_made_out_to():
    invoice = read(
        receipt(
            [("Acqua&Luce", 20), ("BOLLETTA PER LA FORNITURA", 500)],
            [("DI ENERGIA ELETTRICA", 500)],
            [("N. fattura", 20), ("AL2025E0117402", 300), ("Data emissione", 700)],
            [("03/10/2025", 900)],
            [("Intestatario: MARCO FERRARI", 20)],
            [("Spesa per la materia energia", 20), ("61,12 €", 900)],
            [("Totale bolletta", 20), ("74,57 €", 900)],
            [("BOLLETTINO POSTALE - Conto corrente n. 001024871155 intestato a ACQUA & LUCE MAREMMA S.R.L.", 20)],
        )
    )

    assert invoice.vendor.upper().rstrip(".") == "ACQUA & LUCE MAREMMA S.R.L"
