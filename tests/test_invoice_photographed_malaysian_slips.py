"""Malaysian and Singaporean slips as phone photos of creased paper show them.

A small shop's slip may print no currency at all: its address in a Malaysian state or
city says ringgit. A crease through a long word of the trade (`RNTERPRISE`) is read a
letter off: the word is set right and the name flagged for a person, while a name's own
words (a town, `PALEKBANG`) and a word another language spells a letter apart (Malay
`BAKERI`) stay as read. A café numbers its slip `Order:`.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    "address",
    ["75358 Batu Berendam, Melaka", "51200 Kuala Lumpur", "30450 Ipoh, Perak"],
)
def test_a_slip_without_a_currency_in_a_malaysian_town_counts_in_ringgit(address):
    code, sure = guess_currency(f"ROTI MANIS ENTERPRISE\n{address}\nTOTAL 23.20\nCASH 50.00")

    assert (code, sure >= 0.7) == ("MYR", True)


def test_a_slip_without_a_currency_elsewhere_names_none():
    assert guess_currency("ROTI MANIS\n23 Merdeka Road\nTOTAL 23.20")[0] is None


@pytest.mark.parametrize(
    ("printed", "name", "flagged"),
    [
        ("MOHD ALI MAJU RNTERPRISE", "MOHD ALI MAJU ENTERPRISE", True),
        ("BHPETROL PALEKBANG", "BHPETROL PALEKBANG", False),
        ("BAKERI ROTI MAS SDN BHD", "BAKERI ROTI MAS SDN BHD", False),
    ],
)
def test_a_long_trade_word_a_letter_off_is_set_right_and_flagged(printed, name, flagged):
    invoice = read(
        receipt(
            [(printed, 20)],
            [("NO 12, JALAN BESAR, 30450 IPOH, PERAK", 20)],
            [("Date: 12/03/2019", 20), ("11:02", 480)],
            [("NASI LEMAK", 20), ("6.00", 480)],
            [("TOTAL", 20), ("RM 6.00", 480)],
        )
    )

    assert invoice.vendor == name
    assert ("vendor" in needs_review(invoice, checks(invoice))) == flagged


def test_a_cafes_order_number_is_its_reference():
    invoice = read(
        receipt(
            [("KOPI TOAST F&B PTE. LTD.", 20)],
            [("Order: KT-88213", 20)],
            [("17/03/2018 09:12", 20)],
            [("Kaya Toast Set", 20), ("5.20", 480)],
            [("TOTAL", 20), ("S$5.20", 480)],
        )
    )

    assert invoice.invoice_number == "KT-88213"


def test_cheques_payable_to_the_company_name_above_name_no_company_of_their_own():
    invoice = read(
        receipt(
            [("TECK SENG HARDWARE SDN BHD", 60)],
            [("(205113-K)", 180)],
            [("NO 5, JALAN BESI 2, 81200 JOHOR BAHRU", 20)],
            [("INVOICE", 200), ("No: 008812", 400)],
            [("Date: 03/05/2017", 20)],
            [("CEMENT 50KG x 10", 20), ("185.00", 480)],
            [("TOTAL (INCL GST)", 20), ("185.00", 480)],
            [("Cheque payable to the company name above.", 20)],
        )
    )

    assert invoice.vendor == "TECK SENG HARDWARE SDN BHD"
