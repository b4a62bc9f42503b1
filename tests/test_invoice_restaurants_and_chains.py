"""Malaysian restaurant bills and chain-store till slips: a number labelled the till's
short way (`Tax Inv`, `Resit:`), a name's last word wrapped over the registration
number, a brand heading over a company named only in the footer, and a sale paid with
several tenders. A card terminal's id (`TERM # | P4721093`) is not the bill's number; an
e-mailed receipt's copyright line names the platform (`© 2024 Square, Inc.`), not the
seller; and a dish with green chile is no sign of Chile's peso.
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, line, receipt


@pytest.mark.parametrize(
    ("labelled", "number"),
    [
        ([("Tax Inv", 40), ("PK017-1803-00921", 400)], "PK017-1803-00921"),
        ([("Resit:55870", 40)], "55870"),
    ],
)
def test_a_number_labelled_the_tills_short_way(labelled, number):
    bill = read(
        receipt(
            [("KOPITIAM BUKIT SENTOSA SDN BHD", 40)],
            [("No. 21, Jalan Bunga Raya 2, 43650 Bangi", 40)],
            [("Date : 16/06/2018 09:03", 40)],
            labelled,
            [("Cashier: AINA", 40)],
            [("Kopi C Peng x2", 40), ("4.80", 700)],
            [("Mee Hailam", 40), ("8.00", 700)],
            [("Total", 40), ("RM 12.80", 700)],
        )
    )

    assert bill.invoice_number == number


def test_a_names_last_word_wrapped_over_its_registration_number_is_part_of_it():
    bill = read(
        receipt(
            [("KEDAI KOPI DAN MAKANAN CHOP WING", 40)],
            [("ONN", 40)],
            [("(001845623-K)", 40)],
            [("No. 12, Jalan SS 15/4", 40)],
            [("15/04/17 07:55", 40)],
            [("Char Kuey Teow", 40), ("41.10", 700)],
            [("GRAND TOTAL", 40), ("RM 41.10", 700)],
        )
    )

    assert bill.vendor == "KEDAI KOPI DAN MAKANAN CHOP WING ONN"


def test_a_company_named_only_in_the_footer_under_a_brand_with_its_ids_is_for_review():
    bill = read(
        receipt(
            [("BURGER BAKAR ABANG LONG", 40)],
            [("Lot 1.12, Jalan Teknologi", 40)],
            [("68000 Ampang, Selangor", 40)],
            [("GST ID: 001757169680", 40)],
            [("TAX INVOICE", 40)],
            [("Date : 06/01/2017 21:09:45", 40)],
            [("Burger Daging Special", 40), ("9.50", 700)],
            [("TOTAL", 40), ("9.50", 700)],
            *[[(f"Terima kasih {n}", 40)] for n in range(14)],
            [("ABANG LONG F&B SDN BHD", 40)],
            [("(1201456-D)", 40)],
        )
    )

    assert "vendor" in needs_review(bill, checks(bill, TODAY))


@pytest.mark.parametrize(
    "tenders",
    [
        [("VOUCHER #932557", "20.00"), ("CASH", "460.00")],
        [("CASH", "100.00"), ("VISA DEBIT", "380.00")],
    ],
)
def test_a_sale_paid_with_several_tenders_is_sure_of_its_total(tenders):
    change = sum(float(amount) for _, amount in tenders) - 471.20
    bill = read(
        receipt(
            [("SERI MAWAR HOLDINGS SDN BHD", 40)],
            [("(123456-A)", 40)],
            [("Date: 15/09/2019", 40)],
            [("Beras Wangi 10kg", 40), ("471.19", 700)],
            [("Total Sales", 40), ("471.19", 700)],
            [("Rounding Adjustment", 40), ("0.01", 700)],
            [("NET TOTAL", 40), ("471.20", 700)],
            *[[(label, 40), (amount, 700)] for label, amount in tenders],
            [("CHANGE", 40), (f"{change:.2f}", 700)],
        )
    )

    assert bill.total == pytest.approx(471.20)
    assert "total" not in needs_review(bill, checks(bill, TODAY))


@pytest.mark.parametrize(
    ("head", "site", "vendor"),
    [
        # The brand says the trade in Malay; the company in English.
        (
            ["FARMASI SIHAT SENTIASA", "SIHAT SENTIASA PHARMACY SDN BHD", "(923411-V)"],
            "www.farmasisihatsentiasa.com.my",
            "SIHAT SENTIASA PHARMACY SDN BHD",
        ),
        (
            ["OPTIK MATA CERAH", "MATA CERAH OPTICAL SDN BHD (718256-H)"],
            "www.optikmatacerah.com.my",
            "MATA CERAH OPTICAL SDN BHD",
        ),
        # The company's O read as zeros.
        (
            ["Bookmark Haven", "B00KMARK HAVEN SDN BHD (1187234-T)"],
            "www.bookmarkhaven.com.my",
            "BOOKMARK HAVEN SDN BHD",
        ),
        # The outlet's line: the company's name with its town in brackets.
        (
            [
                "KENANGA",
                "KENANGA STATIONERY SDN BHD",
                "Co. Reg. No: 281944-D",
                "KENANGA STATIONERY (KLANG)",
            ],
            "www.kenanga.com.my",
            "KENANGA STATIONERY SDN BHD",
        ),
    ],
)
def test_a_chains_company_under_its_brand_is_the_vendor_beyond_doubt(head, site, vendor):
    brand, *rest = head
    printed = receipt(
        *[[(text, 40)] for text in rest],
        [("NO 45, JALAN TUNKU IBRAHIM", 40)],
        [("05000 ALOR SETAR, KEDAH", 40)],
        [("GST ID: 000718256480", 40)],
        [("TAX INVOICE", 40)],
        [("Date: 12/03/2017", 40)],
        [("PANADOL ACTIFAST 20S", 40), ("12.90", 700)],
        [("TOTAL", 40), ("12.90", 700)],
        [(site, 40)],
    )
    bill = read([line(brand, 40, 0, height=48), *printed])

    assert bill.vendor == vendor
    assert "vendor" not in needs_review(bill, checks(bill, TODAY))


def test_a_restaurants_receipt_number_not_its_tables_bill_number():
    bill = read(
        receipt(
            [("KAZE DINING SDN BHD", 40)],
            [("TAX INVOICE", 40)],
            [("Date : 2017-06-03 13:15", 40)],
            [("Bill No: 00882", 40)],
            [("Receipt No: SK01-17-0013529", 40)],
            [("Table: 37", 40)],
            [("Bento Set A", 40), ("59.80", 700)],
            [("TOTAL", 40), ("59.80", 700)],
        )
    )

    assert bill.invoice_number == "SK01-17-0013529"
    assert "invoice_number" not in needs_review(bill, checks(bill, TODAY))


def test_a_bill_number_alone_is_the_receipts_number():
    bill = read(
        receipt(
            [("KAZE DINING SDN BHD", 40)],
            [("Date : 2017-06-03 13:15", 40)],
            [("Bill No: 00882", 40)],
            [("Table: 37", 40)],
            [("Bento Set A", 40), ("59.80", 700)],
            [("TOTAL", 40), ("59.80", 700)],
        )
    )

    assert bill.invoice_number == "00882"
    assert "invoice_number" not in needs_review(bill, checks(bill, TODAY))


def test_a_registration_number_after_a_dash_is_no_part_of_the_name():
    bill = read(
        receipt(
            [("KILAUAN IMEJ SDN BHD (1067812–A)", 40)],
            [("Date : 05/07/2017", 40)],
            [("PASSPORT PHOTO", 40), ("44.30", 700)],
            [("TOTAL", 40), ("44.30", 700)],
        )
    )

    assert bill.vendor == "KILAUAN IMEJ SDN BHD"


def test_a_card_terminals_id_is_not_the_bills_number():
    invoice = read(
        receipt(
            [("MARIGOLD & RYE KITCHEN", 40)],
            [("892 Queen St W, Toronto ON M6J 1G3", 20)],
            [("TERM #", 20), ("P4721093", 300)],
            [("Bill # 10452", 20), ("Tbl 21", 300)],
            [("1 Duck Confit", 20), ("36.00", 400)],
            [("TOTAL", 20), ("36.00", 400)],
        )
    )

    assert invoice.invoice_number == "10452"


def test_an_emailed_receipts_platform_is_neither_its_seller_nor_its_peso():
    invoice = read(
        receipt(
            [("Receipt from Larimer Street Bakehouse", 20)],
            [("LARIMER STREET BAKEHOUSE", 20)],
            [("2719 Larimer St, Denver, CO 80205", 20)],
            [("Sun, Jan 21, 2024", 20), ("9:26 AM", 400)],
            [("Breakfast Burrito", 20), ("$13.50", 400)],
            [("Add green chile", 40)],
            [("Drip Coffee", 20), ("$7.50", 400)],
            [("Total", 20), ("$21.00", 400)],
            *[[(f"Visit us again, note {note}", 20)] for note in range(1, 12)],
            [("© 2024 Square, Inc. · Receipt #B7XP", 20)],
        )
    )

    assert (invoice.vendor, invoice.currency) == ("LARIMER STREET BAKEHOUSE", "USD")
