"""Malaysian cash bills from bill books and dot-matrix printers: the date printed on the
form's dotted line, a Malay sum before tax, and a total whose amount the OCR could not
read with the cash tendered under it."""

import pytest

from bot.invoices.amounts import amounts
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    ("dotted", "date"),
    [
        ("Date .14/02/2017", "2017-02-14"),
        ("Date ..28-08-17...", "2017-08-28"),
        ("Date .22/03/2018....", "2018-03-22"),
    ],
)
def test_the_date_printed_on_a_bill_books_dotted_line(dotted, date):
    bill = read(
        receipt(
            [("TONG FATT HARDWARE SDN. BHD.", 40)],
            [("CASH BILL", 40), ("No. 012345", 500)],
            [("M/s ..Cash.", 40), (dotted, 500)],
            [("SILICONE SEALANT CLEAR", 40), ("65.25", 700)],
            [("TOTAL", 40), ("65.25", 700)],
        )
    )

    assert bill.issue_date == date


def test_jumlah_kecil_is_the_sum_before_tax_not_the_total():
    bill = read(
        receipt(
            [("BINA JAYA BUILDING MATERIALS TRADING", 40)],
            [("Tarikh: 17/08/2017", 40)],
            [("MASKING TAPE", 40), ("197.65", 700)],
            [("Jumlah Kecil", 40), ("197.65", 700)],
            [("GST 6%", 40), ("11.86", 700)],
            [("Pelarasan", 40), ("-0.01", 700)],
            [("JUMLAH BESAR", 40), ("209.50", 700)],
        )
    )

    assert bill.total == 209.50
    assert bill.subtotal == 197.65


def test_a_total_whose_amount_was_misread_is_not_the_cash_under_it():
    bill = read(
        receipt(
            [("VOLTA JAYA ELECTRICAL TRADING", 40)],
            [("Date : 11-11-18", 40)],
            [("MCB 20A 1P 6KA", 40), ("3", 400), ("36.00", 700)],
            [("RCCB 40A 30MA 2", 40), ("1", 400), ("270.40", 700)],
            [("TOTAL RM", 40), ("306=40", 700)],
            [("CASH", 40), ("400.00", 700)],
            [("CHANGE", 40), ("93.60", 700)],
        )
    )

    assert bill.total == 306.40


def test_a_total_label_over_the_cash_paid_with_no_change_takes_that_amount():
    """A prepaid fuel chit prints its amount only on the cash line under the label."""
    chit = read(
        receipt(
            [("BHPetrol Palekbang", 40)],
            [("24-03-2018 22:02:55", 40)],
            [("PPF", 40), ("1.000", 400), ("6.00", 700)],
            [("TOTAL AMOUNT", 40)],
            [("CASH", 40), ("RM 6.00", 700)],
            [("Thank You. Please Come Again", 40)],
        )
    )

    assert chit.total == 6.00
    assert chit.confidence["total"] >= 0.9


@pytest.mark.parametrize(
    ("numbered", "number"),
    [
        ([("BIL TUNAI", 40), ("No. 1108", 500)], "1108"),
        ([("CASH BILL", 40), ("No. 038861", 500)], "038861"),
        ([("Bill To : CASH", 40), ("Iny No : CS-17/03256", 500)], "CS-17/03256"),
    ],
)
def test_a_cash_bills_number_by_its_title_or_a_misread_label(numbered, number):
    bill = read(
        receipt(
            [("KEDAI BESI SENG HUAT SDN. BHD.", 40)],
            [("(Co. No. 147702-A)", 40)],
            numbered,
            [("Tarikh/Date 5 Mac 2017", 40)],
            [("SIMEN TASEK 50KG", 40), ("17.50", 700)],
            [("JUMLAH", 40), ("17.50", 700)],
        )
    )

    assert bill.invoice_number == number


@pytest.mark.parametrize(
    ("head", "vendor"),
    [
        (["VOLTA JAYA", "ELECTRICAL TRADING"], "VOLTA JAYA ELECTRICAL TRADING"),
        (
            ["SYARIKAT ALAT GANTI KERETA", "SENG LEE SDN. BHD."],
            "SYARIKAT ALAT GANTI KERETA SENG LEE SDN. BHD.",
        ),
    ],
)
def test_a_name_set_over_two_lines_whose_second_only_says_the_trade_is_whole(head, vendor):
    bill = read(
        receipt(
            *[[(line, 40)] for line in head],
            [("NO. 27, JALAN KESIDANG 2, 75200 MELAKA", 40)],
            [("CASH BILL", 40), ("No. 005532", 500)],
            [("Date : 11-11-18", 40)],
            [("OIL FILTER", 40), ("33.20", 700)],
            [("TOTAL", 40), ("33.20", 700)],
        )
    )

    assert bill.vendor == vendor


@pytest.mark.parametrize(
    ("printed", "whole"),
    [("42-", "42"), ("Rs. 1,250/-", "1250"), ("Fr. 42.–", "42"), ("RM 24-", "24")],
)
def test_whole_units_with_a_dash_for_their_cents_are_an_amount(printed, whole):
    assert [str(found.value) for found in amounts(printed)] == [whole]


@pytest.mark.parametrize("printed", ["9-8-2016", "H/P: 016-452 3310", "Lot 12-A"])
def test_a_date_a_phone_number_or_a_lot_with_dashes_is_no_amount(printed):
    assert amounts(printed) == []


def test_a_cash_bills_handwritten_whole_ringgit_add_up_to_its_total():
    bill = read(
        receipt(
            [("KEDAI KUNCI AH MENG", 40)],
            [("(PG0345678-X)", 40)],
            [("CASH BILL", 40), ("No. 2316", 500)],
            [("M/s:", 40), ("Date:", 400), ("9-8-2016", 520)],
            [("QTY", 40), ("PARTICULARS", 120), ("PRICE", 480), ("AMOUNT", 640)],
            [("4", 40), ("DUPLICATE KEY", 120), ("6-", 480), ("24-", 640)],
            [("1", 40), ("PADLOCK SOLEX 40MM", 120), ("18-", 480), ("18-", 640)],
            [("TOTAL RM", 400), ("42-", 640)],
        )
    )

    assert bill.total == 42.00


def test_a_bills_number_over_its_unheaded_cents_column_stays_whole():
    bill = read(
        receipt(
            [("BENGKEL MOTOR JAYA ENTERPRISE", 40)],
            [("(No. Pend: 001622410-T)", 40)],
            [("BIL TUNAI", 40), ("No.", 480), ("0729", 640)],
            [("Nama Abang Zul", 40), ("Tarikh", 400), ("19-11-2018", 520)],
            [("Qty", 40), ("Perkara", 120), ("Harga", 480), ("RM", 600)],
            [("1", 40), ("Minyak hitam", 120), ("18", 480), ("18", 600), ("00", 680)],
            [("1", 40), ("Brake pad depan", 120), ("25", 480), ("25", 600), ("00", 680)],
            [("1", 40), ("Mentol lampu depan", 120), ("8.50", 480), ("8", 600), ("50", 680)],
            [("TOTAL RM", 400), ("51", 600), ("50", 680)],
        )
    )

    assert (bill.invoice_number, bill.total) == ("0729", 51.50)
