"""Till receipts from the US, the UK, Ireland and the continent as phones photograph
them for expenses: the receipt's number under the labels of those tills, and the shop's
sign over the company a French, Italian, Spanish, German or Dutch line says runs it.
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, line, receipt


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("TRANS# 552870", 20), ("PUMP 04", 300)], "552870"),
        ([("STORE 0112", 20), ("TRAN# 4821", 300)], "4821"),
        ([("TRANS: 4821", 20), ("TILL 3", 300)], "4821"),
        ([("Transactienr. 004521", 20)], "004521"),
        ([("Check No. 5512", 20), ("Table 14", 300)], "5512"),
        ([("Tx:00217-0045-8890", 20)], "00217-0045-8890"),
        ([("Receipt-No:", 20), ("S180001723", 400)], "S180001723"),
        ([("Receipt No:", 20), ("TK171124-0012", 400)], "TK171124-0012"),
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
    ("dated", "number"),
    [
        ([("23/09/2023 08:47", 20), ("N°20451", 420)], "20451"),
        ([("12/03/2024 14:02", 20), ("# 0457", 420)], "0457"),
        ([("12/03/2024 14:02", 20), ("Caisse 1", 420)], None),
        ([("Vendeur 2", 20), ("N°20451", 300)], None),
    ],
)
def test_a_bare_number_on_the_line_that_dates_a_receipt_is_its_number(dated, number):
    invoice = read(
        receipt(
            [("MAISON FERRAND", 40)],
            [("22 rue Victor Hugo 69002 LYON", 20)],
            [("BAGUETTE", 20), ("1,20", 400)],
            [("TOTAL", 20), ("1,20", 400)],
            dated,
        )
    )

    assert invoice.invoice_number == number


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


def test_a_footers_company_unlike_the_shops_sign_is_left_for_a_person():
    """`RELAIS DU LAC` heads the receipt, `SARL GARAGE MOREL` signs its footer: the sign
    and the company that runs the station; the page does not say which to file."""
    invoice = read(
        [
            line("RELAIS DU LAC", 150, 60, height=70),
            *page(
                ("Route du Lac 4, 74000 Annecy", 150, 160),
                ("Date : 12/03/2024 08:14", 150, 220),
                ("GAZOLE 42,10 L x 1,789", 150, 400),
                ("75,32", 1000, 400),
                ("TOTAL TTC", 150, 480),
                ("75,32", 1000, 480),
                ("CB VISA", 150, 520),
                ("75,32", 1000, 520),
                ("SARL GARAGE MOREL · SIRET 512 908 334 00017 · TVA FR61512908334", 150, 1400),
            ),
        ]
    )

    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_logo_over_two_lines_with_an_ampersand_in_the_second_is_one_name():
    invoice = read(
        [
            line("BLACKWATER", 150, 40, height=70),
            line("FEED & SUPPLY", 150, 120, height=70),
            *page(
                ("Store 3 - 410 Main St, Bend, OR 97701", 150, 220),
                ("Date: 03/12/2024 10:02", 150, 270),
                ("TRANS# 118204", 150, 320),
                ("CHICKEN FEED 50LB", 150, 420),
                ("24.99", 900, 420),
                ("TOTAL", 150, 500),
                ("24.99", 900, 500),
            ),
        ]
    )

    assert invoice.vendor == "BLACKWATER FEED & SUPPLY"


def test_a_pharmacists_title_before_her_name_is_no_company_form():
    """Spanish `Lda.` before a name is a graduate's title (the pharmacist who holds the
    licence); Portuguese `Lda.` after one is a limited company."""
    invoice = read(
        receipt(
            [("FARMACIA RUIZ ORTEGA", 40)],
            [("Lda. Carmen Ruiz Ortega", 20)],
            [("NIF 45012377M", 20)],
            [("Fecha: 18-03-2025 12:05", 20)],
            [("GASAS ESTERILES", 20), ("2,95", 400)],
            [("A PAGAR", 20), ("2,95", 400)],
        )
    )

    assert invoice.vendor == "FARMACIA RUIZ ORTEGA"


@pytest.mark.parametrize(
    ("header", "vendor"),
    [
        (
            [
                [("ATLANTIC GROCER", 40)],
                [("Bedford Commons · 1595 Bedford Hwy, Bedford NS B4A 3Y4 · 902-555-0125", 20)],
            ],
            "ATLANTIC GROCER",
        ),
        (
            [
                [("Karoo Mart", 40)],
                [("Karoo Mart Holdings (Pty) Ltd · Reg. 2006/017733/07 · VAT No. 4390215574", 20)],
                [
                    (
                        "Karoo Mart Bloemfontein Waterfront, Cnr Nelson Mandela Dr & Parfitt"
                        " Ave, Bloemfontein 9301",
                        20,
                    )
                ],
            ],
            "Karoo Mart Holdings (Pty) Ltd",
        ),
    ],
)
def test_a_shops_location_named_after_its_street_or_town_is_not_its_owner(header, vendor):
    invoice = read(
        receipt(
            *header,
            [("Transaction", 20), ("3377-04-5591", 300)],
            [("Date", 20), ("2025-07-19 10:26", 300)],
            [("Lobster Rolls 2pk", 20), ("$15.99", 400)],
            [("Oatcakes 6pk", 20), ("$5.49", 400)],
            [("Subtotal", 20), ("$21.48", 400)],
            [("HST 14%", 20), ("$3.01", 400)],
            [("Total", 20), ("$24.49", 400)],
        )
    )

    assert invoice.vendor == vendor


def test_a_taxis_trip_number_beside_its_label_not_the_date_under_it():
    """A meter's fields are labels with their values to the right (`TRIP #` then `1406`),
    the next field's label under the label; a label before its date is no number."""
    invoice = read(
        receipt(
            [("GOLDEN APPLE TAXI", 60)],
            [("Golden Apple Medallion Corp", 40)],
            [("MEDALLION", 40), ("7K42", 170)],
            [("TRIP #", 40), ("1406", 170)],
            [("DATE 10/02/2024", 40)],
            [("Fare", 40), ("$38.70", 170)],
            [("TOTAL", 40), ("$38.70", 170)],
        )
    )

    assert invoice.invoice_number == "1406"


def test_a_receipt_number_abbreviated_among_a_tills_fields_in_the_footer():
    invoice = read(
        receipt(
            [("DUNNE & KEHOE", 60)],
            [("Dunne & Kehoe Retail Ltd", 40)],
            [("BROWN SODA BREAD", 20), ("2.49", 400)],
            [("TOTAL", 20), ("2.49", 400)],
            [("05/03/2024 11:42", 20)],
            [("Str 031", 20), ("Reg 3", 120), ("Opr 117", 200), ("Rcpt 2291", 300)],
        )
    )

    assert invoice.invoice_number == "2291"


def test_a_transaction_number_run_into_its_trn():
    invoice = read(
        receipt(
            [("QUIKMART CONVENIENCE (M) SDN. BHD.", 40)],
            [("TRN7210-02-0041188", 20), ("08-05-17 07:46", 400)],
            [("MILO 1L", 20), ("5.90", 400)],
            [("TOTAL", 20), ("5.90", 400)],
        )
    )

    assert invoice.invoice_number == "7210-02-0041188"


def test_a_gulf_tax_registration_number_is_no_transaction():
    invoice = read(
        receipt(
            [("AL NOOR TRADING LLC", 40)],
            [("TRN 100271946300003", 20)],
            [("Date: 12/03/2024", 20)],
            [("TOTAL", 20), ("5.90", 400)],
        )
    )

    assert invoice.invoice_number is None


def test_an_old_cash_registers_tl_is_its_total_and_cg_its_change():
    invoice = read(
        receipt(
            [("HOCK LEE PROVISION STORE", 40)],
            [("BLK 30 TELOK BLANGAH RISE", 60)],
            [("03-12-2016", 20), ("No.0004127", 300)],
            [("DEPT01", 20), ("$3.20", 400)],
            [("DEPT03", 20), ("$4.80", 400)],
            [("DEPT05", 20), ("$8.50", 400)],
            [("3 No", 20)],
            [("TL", 20), ("$16.50", 400)],
            [("CASH", 20), ("$20.00", 400)],
            [("CG", 20), ("$3.50", 400)],
        )
    )

    assert invoice.total == 16.5


def test_a_card_readers_code_marked_under_the_date_numbers_its_digital_receipt():
    invoice = read(
        receipt(
            [("Smokin' Bones BBQ", 40)],
            [("$51.47", 200)],
            [("Brisket Plate (1/2 lb)", 20), ("$19.00", 400)],
            [("Subtotal", 20), ("$42.00", 400)],
            [("Sales Tax (8.25%)", 20), ("$3.47", 400)],
            [("Tip", 20), ("$6.00", 400)],
            [("Total", 20), ("$51.47", 400)],
            [("May 11 2024, 12:31 PM", 100)],
            [("#KTF8", 160)],
            [("Smokin' Bones BBQ LLC", 100)],
        )
    )

    assert invoice.invoice_number == "KTF8"


def test_a_units_number_under_the_date_numbers_nothing():
    invoice = read(
        receipt(
            [("HOCK LEE PROVISION STORE", 40)],
            [("03-12-2016 10:42", 20)],
            [("#01-285 S(090030)", 60)],
            [("TOTAL", 20), ("$16.50", 400)],
        )
    )

    assert invoice.invoice_number is None
