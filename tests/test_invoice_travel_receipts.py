"""Receipts Malaysian staff claim for travel: a bus or ferry ticket's `No. Tiket`, an
airport taxi's `Coupon No`, and a hotel folio whose logo's large letters stand beside its
company's name under the hotel's."""

import pytest

from tests.test_invoice_parties import page, read
from tests.test_invoice_totals import read as read_rows


@pytest.mark.parametrize(
    ("label", "number"),
    [("No. Tiket :", "BL1706140231"), ("No Tiket", "KP-0082417"), ("Coupon No", ":0358821")],
)
def test_a_tickets_or_coupons_number_is_the_receipts(label, number):
    invoice, _ = read_rows(
        [("BINTANG LAJU EXPRESS SDN BHD", 100)],
        [("(734512-M)", 160)],
        [("TIKET / RESIT", 160)],
        [(label, 20), (number, 400)],
        [("Tarikh : 14/06/2017", 20)],
        [("KL - Kuantan", 20), ("34.00", 400)],
        [("JUMLAH RM", 20), ("34.00", 400)],
    )

    assert invoice.invoice_number == number.lstrip(":")


def test_a_logos_large_letters_beside_the_company_are_no_part_of_its_name():
    invoice = read(
        page(
            ("HOTEL SERI CEMPAKA KUCHING", 200, 100, 50),
            ("SC", 199, 187, 64),
            ("Cempaka Hospitality Sdn Bhd (734512-M)", 262, 205, 42),
            ("Lot 1188, Jalan Padungan, 93100 Kuching, Sarawak", 354, 242, 42),
            ("TAX INVOICE / GUEST FOLIO", 400, 350),
            ("Folio No.", 900, 450),
            ("48213", 1200, 450),
            ("Date", 900, 490),
            ("09/03/2017", 1200, 490),
            ("Room Charge", 150, 700),
            ("409.20", 1300, 700),
            ("Total", 900, 900),
            ("433.75", 1300, 900),
        )
    )

    assert invoice.vendor == "Cempaka Hospitality Sdn Bhd"


def test_a_months_l_read_as_a_one_is_still_the_month():
    invoice, _ = read_rows(
        [("MUTIARA SERBANEKA SDN BHD", 100)],
        [("TAX INVOICE", 160)],
        [("Date : 28 Ju1 18", 20), ("Time : 07:25", 400)],
        [("HALLS MENTHO-LYPTUS", 20), ("1.80", 400)],
        [("TOTAL", 20), ("1.80", 400)],
    )

    assert invoice.issue_date == "2018-07-28"
