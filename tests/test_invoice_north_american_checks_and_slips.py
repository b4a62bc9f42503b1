"""Restaurant checks with their card slips, and North American tills' numbers.

What a diner paid is the check with the tip the card slip adds: a photo sets the slip
beside the check (`1 Whoopie Pie | 7.50 | TIP: | 14.00`), or the guest writes the tip
and the new total by hand over the slip's lines (`7.00` over `Tip:`). A table of
suggested tips adds nothing. Tills print their numbers in a line of codes (`ST# 01893
OP# 009021 TE# 21 TR# 04817`, `STORE 0872 POS 02 TRAN 5581 OP 17`), a bar its tab, a
Quebec pharmacy its `Facture:`; a brewery sets its logo over two lines above the
company's registered name.
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, line, receipt


def test_a_tip_on_the_slip_beside_the_check_is_paid_with_it():
    invoice = read(
        receipt(
            [("Blue Heron Tavern LLC", 20), ("PORTLAND,ME 04101", 600)],
            [("CHECK: 10377", 20), ("06/21/2019", 600)],
            [("1 Lobster Roll", 20), ("29.00", 400), ("REF #:", 600), ("000291", 850)],
            [("2 Allagash White", 20), ("51.45", 400), ("AMOUNT:", 600), ("$86.89", 850)],
            [("1 Whoopie Pie", 20), ("0.00", 400), ("TIP:", 600), ("14.00", 850)],
            [("Subtotal", 20), ("80.45", 400), ("TOTAL:", 600), ("100.89", 850)],
            [("Meals Tax 8%", 20), ("6.44", 400)],
            [("TOTAL", 20), ("86.89", 400)],
            [("Balance Due", 20), ("86.89", 400), ("I AGREE TO PAY ABOVE TOTAL", 600)],
        )
    )

    assert (invoice.total, invoice.charges) == (100.89, 14.00)
    assert needs_review(invoice, checks(invoice, TODAY)) == []


def slip_with_tip_written(tip: str, total: str):
    return receipt(
        [("Skyline Concessions Group LLC", 20)],
        [("Check #: 68812", 20)],
        [("09/30/2024", 20), ("06:12 AM", 400)],
        [("Breakfast Burrito", 20), ("37.90", 480)],
        [("Bloody Mary", 20), ("4.50", 480)],
        [("Subtotal", 20), ("42.40", 480)],
        [("Tax", 20), ("3.52", 480)],
        [("Total", 20), ("45.92", 480)],
        [("Suggested Tip", 20)],
        [("18%", 20), ("Tip $8.27", 200), ("Total $54.19", 400)],
        [("20%", 20), ("Tip $9.18", 200), ("Total $55.10", 400)],
        [("Amount:", 20), ("$45.92", 480)],
        [(tip, 300)],
        [("Tip:", 20)],
        [(total, 300)],
        [("Total:", 20)],
    )


def test_a_tip_and_total_written_over_the_slips_lines_are_what_was_paid():
    invoice = read(slip_with_tip_written("7.00", "52.92"))

    assert (invoice.total, invoice.charges) == (52.92, 7.00)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_written_total_the_tip_does_not_make_leaves_the_check_and_no_suggested_tip():
    invoice = read(slip_with_tip_written("7.00", "58.92"))

    assert invoice.total == 45.92


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Server: Marco   Tab:2291", "2291"),
        ("ST# 01893 OP# 009021 TE# 21 TR# 04817", "04817"),
        ("STORE 0872 POS 02 TRAN 5581 OP 17", "5581"),
        ("2019-12-21 16:05 STR 12 LN 06 TRN 40772", "40772"),
        ("Facture: 004512", "004512"),
    ],
)
def test_the_numbers_of_north_american_tills(printed, number):
    invoice = read(
        receipt(
            [("Red River Co-operative Ltd.", 20)],
            [("Winnipeg MB R3C 4T3", 20)],
            [("MILK 2% 4L", 20), ("6.29", 480)],
            [("TOTAL", 20), ("6.29", 480)],
            [("VISA", 20), ("6.29", 480)],
            [(printed, 20)],
        )
    )

    assert invoice.invoice_number == number


def test_a_logo_over_two_lines_gives_way_to_the_registered_name_it_begins():
    """The logo's second line (`BREWING CO.`) is a company by its form, as the small
    registered name under it is: neither line of the logo alone is the vendor."""
    invoice = read(
        [
            line("SALT & ANCHOR", 100, 40, height=120),
            line("BREWING CO.", 120, 170, height=60),
            line("Salt & Anchor Brewing Co. Ltd.", 60, 240, height=62),
            *receipt(
                [("1496 Lower Water St, Halifax NS B3J 1R9", 20)],
                [("Check 5031", 20), ("Table 9", 400)],
                [("22/07/2023", 20), ("5:48 PM", 400)],
                [("Fish Tacos", 20), ("$19.00", 480)],
                [("TOTAL", 20), ("$19.00", 480)],
                top=320,
            ),
        ]
    )

    assert invoice.vendor == "Salt & Anchor Brewing Co. Ltd."


def test_a_hotel_folio_is_dated_when_the_guest_departs_not_arrives():
    invoice = read(
        receipt(
            [("Riverside Hospitality Partners LLC", 20)],
            [("GUEST FOLIO - INCIDENTALS", 20)],
            [("Guest: Jordan Ellery", 20), ("Folio No.: 338120", 500)],
            [("Arrival: 05/06/23", 20), ("Departure: 05/08/23", 500)],
            [("05/06/23", 20), ("River Grille Restaurant", 200), ("$52.18", 700)],
            [("05/07/23", 20), ("Minibar", 200), ("$9.00", 700)],
            [("Total Charges", 200), ("$61.18", 700)],
        )
    )

    assert invoice.issue_date == "2023-05-08"


def test_a_check_keeps_its_number_over_the_terminals_transaction_on_its_slip():
    invoice = read(
        receipt(
            [("Marlowe & Finch", 20)],
            [("Check #4471", 20), ("Table 12", 600)],
            [("03/10/2026 8:42 PM", 20)],
            [("2 Old Fashioned", 20), ("36.00", 600)],
            [("Subtotal", 20), ("232.00", 600)],
            [("Total", 20), ("259.26", 600)],
            [("VISA SALE", 20)],
            [("Check #4471", 20), ("Trans 000219", 600)],
            [("Amount", 20), ("259.26", 600)],
        )
    )

    assert invoice.invoice_number == "4471"


def test_a_pharmacys_receipt_number_in_its_footer_outranks_the_registers_transaction():
    invoice = read(
        receipt(
            [("Cornerstone Drug Co., Inc.", 20)],
            [("7715 N Lamar Blvd, Austin TX 78752", 20)],
            [("07/02/2026 3:18 PM", 20), ("Reg 2 Trans 8841", 300)],
            [("CLARITIN 24HR 30CT", 20), ("26.99 T", 460)],
            [("TOTAL", 20), ("26.99", 460)],
            [("MASTERCARD xxxx4471", 20), ("26.99", 460)],
            [("Receipt # 0088-02-8841", 20)],
        )
    )

    assert invoice.invoice_number == "0088-02-8841"


def test_a_registers_transaction_alone_numbers_the_receipt():
    invoice = read(
        receipt(
            [("Cornerstone Drug Co., Inc.", 20)],
            [("07/02/2026 3:18 PM", 20), ("Reg 2 Trans 8841", 300)],
            [("TOTAL", 20), ("26.99", 460)],
        )
    )

    assert invoice.invoice_number == "8841"


@pytest.mark.parametrize(
    ("label", "number"),
    [
        (("RO #", 500), "20871"),
        (("Repair Order", 500), "RO-33092"),
    ],
)
def test_a_garages_repair_order_number_numbers_its_invoice(label, number):
    invoice = read(
        receipt(
            [("Hilltop Auto Care", 20), ("2675 Cleveland Ave", 250), label, (number, 700)],
            [("Columbus, OH 43211", 250), ("Date 10/03/2024", 500)],
            [("Concern:", 20), ("Grinding noise when braking, front.", 200)],
            [("Front brake pads", 20), ("89.95", 700)],
            [("TOTAL", 500), ("$89.95", 700)],
        )
    )
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("logo", "rest"), [("GREENLEAF", "BOWL CO."), ("KEYSTONE", "LUMBER & HARDWARE CO.")]
)
def test_a_logos_word_over_the_rest_of_the_name_in_smaller_capitals_is_one_name(logo, rest):
    invoice = read(
        page(
            (logo, 145, 27, 43),
            (rest, 150, 80, 30),
            ("675 Ponce de Leon Ave NE, Atlanta, GA 30308", 94, 145, 23),
            ("Order #147", 94, 200, 23),
            ("06/14/2024 12:41 PM", 94, 240, 23),
            ("Harvest Bowl", 94, 300, 23),
            ("14.50", 400, 300, 23),
            ("Total", 94, 360, 23),
            ("15.66", 400, 360, 23),
        )
    )

    assert invoice.vendor == f"{logo} {rest}"


def test_a_small_restaurants_two_digit_check_opening_its_line_is_the_number():
    invoice = read(
        receipt(
            [("BLUE HERON OYSTER BAR", 40)],
            [("214 East Bay St, Charleston, SC 29401", 40)],
            [("Check 52", 40), ("12/20/2024 9:47 PM", 300)],
            [("1 Dozen Oysters", 40), ("36.00", 400)],
            [("Total", 40), ("39.24", 400)],
        )
    )

    assert invoice.invoice_number == "52"


def test_a_headings_name_takes_the_legal_form_the_small_print_gives_it():
    invoice = read(
        receipt(
            [("LUCKY CAT TAVERN", 60)],
            [("1120 N Main St, Ann Arbor, MI 48104", 40)],
            [("Check 7104", 40), ("09/02/2023 8:12 PM", 300)],
            [("2 Pints IPA", 40), ("14.00", 400)],
            [("Total", 40), ("14.84", 400)],
            [("Thank you!", 40)],
            [("Lucky Cat Tavern LLC", 40)],
        )
    )

    assert invoice.vendor == "Lucky Cat Tavern LLC"


def test_a_label_misread_with_a_digit_under_the_number_label_is_no_number():
    invoice = read(
        page(
            ("Prairie Lumber & Supply Co.", 1109, 95),
            ("1400 N. Grand Ave", 1351, 141),
            ("REDBUD HOMES LLC", 143, 377),
            ("INVOICE NO", 1056, 392),
            ("S1047732.001", 1310, 390),
            ("PO BOX 2208", 144, 417),
            ("1NVOICE DATE", 1059, 428),
            ("12/12/2023", 1310, 427),
            ("CUST NO", 1056, 461),
            ("REDB100", 1309, 459),
            ("2x4x8 SPF STUD", 231, 900),
            ("14,683.56", 1435, 900),
            ("INVOICE TOTAL", 1056, 1500),
            ("14,683.56", 1435, 1500),
        )
    )

    assert invoice.invoice_number == "S1047732.001"
