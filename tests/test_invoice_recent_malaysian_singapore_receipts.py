"""Malaysian and Singaporean receipts as tills print them since 2019.

A chain's outlet heads its slip with the brand and names the company that runs it in
the footer, with its registration: Malaysia's company number since 2019 is the year,
the kind of entity and six digits (`(202001034567)`); Singapore's UEN sits beside the
GST registration (`UEN & GST Reg No: 201923456G`). The receipt's number comes with
labels a till shortens (`Receipt:`, `Rcpt:`), after the kiosk's order number or the
car park's ticket, and the OCR reads an i in a label as a one (`Rece1pt No`), a hyphen
as a middle dot (`0417·03-552019`) and an O as a zero (`KPS/0R/23/11/0412`).
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt

#: A slip short enough (under 20 lines) to have no footer as a page has one.
BRANDS_SLIP = [
    [("BOBA KAKI", 150)],
    [("Outlet: Sunway Pyramid LG2.104", 40)],
    [("Receipt No: BK-SP2-25021400412", 20)],
    [("14/02/2025 19:33", 20)],
    [("Brown Sugar Boba Milk (L)", 20), ("12.90", 500)],
    [("Service Tax 6%", 20), ("0.77", 500)],
    [("Total", 20), ("13.67", 500)],
    [("Thank you! Enjoy your drink.", 40)],
]


@pytest.mark.parametrize(
    "footer",
    [
        [[("KAKI BEVERAGES SDN BHD", 60)], [("(202001034567)", 120)]],
        [
            [("KAKI BEVERAGES SDN BHD", 60)],
            [("Lot 3, Jalan PJU 5/1, 47810 Petaling Jaya", 20)],
            [("SST ID: W10-2005-32003871", 60)],
        ],
    ],
)
def test_the_company_a_brands_slip_names_in_its_footer_with_its_registration_is_the_vendor(
    footer,
):
    invoice = read(receipt(*BRANDS_SLIP, *footer))

    assert invoice.vendor == "KAKI BEVERAGES SDN BHD"


def test_a_brands_slip_with_no_company_in_its_footer_is_the_brands():
    invoice = read(
        receipt(
            *BRANDS_SLIP,
            [("Follow us @bobakaki.my", 60)],
        )
    )

    assert invoice.vendor == "BOBA KAKI"


def test_a_company_named_with_its_uen_and_gst_registration_on_one_line_is_the_vendor():
    invoice = read(
        receipt(
            [("FreshCart", 150)],
            [("FRESHCART ONLINE PTE. LTD. | UEN & GST Reg No: 201923456G", 20)],
            [("71 Ubi Road 1, #07-31, Singapore 408732", 20)],
            [("ORDER RECEIPT / TAX INVOICE", 100)],
            [("Tax Invoice No:", 20), ("FC24-0803-77120", 300)],
            [("Order Date:", 20), ("03 Aug 2024", 300)],
            [("Order Total", 20), ("54.79", 500)],
        )
    )

    assert invoice.vendor == "FRESHCART ONLINE PTE. LTD."


@pytest.mark.parametrize(
    ("lines", "number"),
    [
        (
            [[("Order No: 0412", 20)], [("Rece1pt No: BK-SP2-25021400412", 20)]],
            "BK-SP2-25021400412",
        ),
        (
            [
                [("Receipt No", 20), ("APS03-240511-01562", 300)],
                [("Ticket No", 20), ("0033 8817 2291", 300)],
            ],
            "APS03-240511-01562",
        ),
        (
            [[("Bugis Junction #B1-22", 20)], [("Receipt: MT-BGJ-240309-088", 20)]],
            "MT-BGJ-240309-088",
        ),
        ([[("Rcpt: 0417·03-552019", 20)]], "0417-03-552019"),
        (
            [[("OFFICIAL RECEIPT", 150)], [("No.", 20), ("KPS/0R/23/11/0412", 300)]],
            "KPS/OR/23/11/0412",
        ),
    ],
)
def test_the_receipts_own_number_as_recent_tills_print_it_and_the_ocr_reads_it(lines, number):
    invoice = read(
        receipt(
            [("MOCHI TEA SG PTE. LTD.", 100)],
            *lines,
            [("09/03/2024 15:26", 20)],
            [("Total", 20), ("19.00", 500)],
        )
    )

    assert invoice.invoice_number == number


def test_a_singapore_slip_paid_by_paynow_counts_singapore_dollars_and_dates_day_first():
    invoice = read(
        receipt(
            [("MOCHI TEA", 150)],
            [("Receipt: MT-BGJ-240309-088", 20)],
            [("09/03/2024 15:26:41", 20)],
            [("Matcha Latte L", 20), ("6.50", 500)],
            [("Total", 20), ("$6.50", 500)],
            [("PayNow", 20), ("6.50", 500)],
        )
    )

    assert (invoice.currency, invoice.issue_date) == ("SGD", "2024-03-09")


def test_the_clerk_who_issued_a_cash_bill_is_not_its_issuer():
    invoice = read(
        receipt(
            [("SRI JAYA HARDWARE ENTERPRISE", 20)],
            [("202103145678 (JM0912345-K)", 20)],
            [("No. 9, Jalan Tengku Ahmad, 25200 Kuantan, Pahang", 20)],
            [("CASH BILL", 200)],
            [("Name", 20), (": CASH CUSTOMER", 150), ("No.", 450), (":CB24/07/0142", 520)],
            [("Date", 20), (": 03 Jul 2024", 150)],
            [("Issued by", 20), (": AMIRUL", 150)],
            [('GATE HINGE 4" HEAVY', 20), ("50.00", 600)],
            [("TOTAL", 20), ("50.00", 600)],
        )
    )

    assert invoice.vendor == "SRI JAYA HARDWARE ENTERPRISE"


def test_a_shop_sign_in_chinese_heading_a_receipt_in_english_goes_to_a_person():
    """The OCR lost the registered name in Latin letters under it, which the books carry."""
    invoice = read(
        receipt(
            [("海景海鲜楼", 150)],
            [("(789012-T)", 150)],
            [("Tel: 06-647 2210", 20), ("GST Reg No: 001122334455", 300)],
            [("TAX INVOICE", 20), ("Table: A8", 400)],
            [("Invoice No: 180721-0457", 20)],
            [("Date: 21/07/2018", 20)],
            [("1 BUTTER PRAWN (L)", 20), ("68.00", 500)],
            [("TOTAL", 20), ("68.00", 500)],
        )
    )

    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("tax", "date", "doubted"),
    [
        ([("GST 9% included", 20), ("1.00", 500)], "22.11.2021", True),
        ([("GST 9% included", 20), ("1.00", 500)], "22.11.2024", False),
        ([("GST 7% included", 20), ("0.79", 500)], "22.11.2021", False),
    ],
)
def test_a_date_outside_the_years_of_the_gst_rate_the_slip_prints_goes_to_a_person(
    tax, date, doubted
):
    invoice = read(
        receipt(
            [("QUIKMART (S) PTE LTD", 100)],
            [("GST Reg No: 199804567W", 100)],
            [("Rcpt: 0417-03-552019", 20)],
            [(date, 20), ("Till 03", 400)],
            [("Onigiri Tuna Mayo", 20), ("12.15", 500)],
            [("TOTAL", 20), ("S$12.15", 500)],
            tax,
        )
    )

    assert ("issue_date" in needs_review(invoice, checks(invoice, TODAY))) is doubted


def test_a_malaysian_gst_receipt_dated_before_gst_goes_to_a_person():
    """The 8 of 2018 read as a 3 (`02/03/2013`) on a slip taxed at GST's 6%."""
    invoice = read(
        receipt(
            [("MR. D.I.Y. (M) SDN BHD", 100)],
            [("GST ID No: 000306020352", 100)],
            [("02/03/2013 14:05", 20)],
            [("HOOK 2PCS", 20), ("3.50", 500)],
            [("Total Incl. GST @6%", 20), ("RM 3.50", 500)],
            [("GST @6% included", 20), ("0.20", 500)],
        )
    )

    assert invoice.issue_date == "2013-03-02"
    assert "issue_date" in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(("date", "doubted"), [("02-03-13", True), ("02-03-18", False)])
def test_a_malaysian_gst_number_dates_its_slip_after_gst_began(date, doubted):
    """A photo lost the rate (`TOTAL INCL. GS1063`, `GST S861`), not the 12-digit GST
    number in the head: a slip that prints one is no older than GST (June 2014)."""
    invoice = read(
        receipt(
            [("MR. D.I.Y. (M) SDN BHD", 100)],
            [("(GST ID No :000306020352)", 100)],
            [("PILLAR SINK TAP", 20), ("47.80", 500)],
            [("TOTAL INCL. GS1063", 20), ("RM 47.80", 500)],
            [("CASH", 20), ("RM 50.00", 500)],
            [("CHANGE", 20), ("RM 2.20", 500)],
            [(f"{date} 4:23PM", 20), ("T1 R000227410", 300)],
        )
    )

    assert ("issue_date" in needs_review(invoice, checks(invoice, TODAY))) is doubted


@pytest.mark.parametrize(
    "numbered",
    [
        [[("Check No: 12424", 20), ("Receipt No: 89074713", 300)]],
        [[("Bill No: 480342", 20), ("Receipt No: 89074713", 300)]],
        [[("Check No", 20), (":12424", 200)], [("Receipt No : 89074713", 20)]],
    ],
)
def test_a_restaurants_receipt_number_wins_over_its_tables_check_or_bill(numbered):
    invoice = read(
        receipt(
            [("TONY'S WOODFIRE PIZZA SDN BHD", 60)],
            [("TAX INVOICE", 150)],
            *numbered,
            [("05/03/2016 20:14", 20)],
            [("Margherita", 20), ("32.00", 500)],
            [("TOTAL", 20), ("32.00", 500)],
        )
    )

    assert invoice.invoice_number == "89074713"


def test_a_brand_over_its_company_opening_with_the_same_word_is_two_names_not_one():
    invoice = read(
        receipt(
            [("HABITAT ALL DAY DINING", 60)],
            [("HABITAT F&B SDN BHD 202101034455 (1426677-K)", 20)],
            [("A-1-2, Sunway Nexis, 47810 Petaling Jaya", 20)],
            [("Receipt No: HAB4227551", 20)],
            [("13/04/2024 12:41", 20)],
            [("Nasi Lemak", 20), ("18.90", 500)],
            [("GRAND TOTAL (RM)", 20), ("18.90", 500)],
        )
    )

    assert invoice.vendor == "HABITAT F&B SDN BHD"


def test_a_hotel_tills_date_with_its_o_read_as_a_zero_and_no_separator_is_read():
    invoice = read(
        receipt(
            [("PERMAI HOTELS (KUANTAN) SDN BHD", 60)],
            [("737 MANAGER", 20), ("CHK6408", 400)],
            [("270CT18 09:15PM", 20), ("OUTLET 1", 400)],
            [("3 Teh O Ais", 20), ("6.60", 500)],
            [("TOTAL", 20), ("6.60", 500)],
        )
    )

    assert invoice.issue_date == "2018-10-27"


def test_a_singapore_restaurants_company_signing_its_footer_with_its_uen_is_the_vendor():
    invoice = read(
        receipt(
            [("HOP & BARLEY TAPROOM", 100)],
            [("18 Duxton Road, Singapore 089488", 20)],
            [("Receipt No : HB0939636", 20)],
            [("14/07/2023 22:10", 20)],
            *([[("Pint of Pale Ale", 20), ("14.00", 500)]] * 6),
            [("Subtotal", 20), ("84.00", 500)],
            [("10% Svc Chrg", 20), ("8.40", 500)],
            [("GST 8%", 20), ("7.39", 500)],
            [("TOTAL", 20), ("99.79", 500)],
            [("VISA xxxx1122", 20), ("99.79", 500)],
            [("HOP & BARLEY PTE. LTD.", 60)],
            [("UEN 201821234C", 100)],
            [("Thank You!", 150)],
        )
    )

    assert invoice.vendor == "HOP & BARLEY PTE. LTD."


def test_the_gst_a_total_holds_at_its_printed_rate_is_no_total_below_it():
    invoice = read(
        receipt(
            [("Bukit Hill Bakehouse Pte. Ltd.", 60)],
            [("UEN & GST Reg: 201845678E", 40)],
            [("Receipt No", 20), ("BHB-AB-250222-0088", 300)],
            [("Date", 20), ("22 Feb 2025 10:03", 300)],
            [("1", 20), ("Sourdough Country Loaf", 60), ("9.80", 500)],
            [("2", 20), ("Kouign-Amann", 60), ("9.20", 500)],
            [("2", 20), ("Pain au Chocolat", 60), ("8.40", 500)],
            [("Flat White", 60), ("6.00", 500)],
            [("Subtotal", 20), ("33.40", 500)],
            [("Member 10% off", 20), ("-3.34", 500)],
            [("TOTAL", 20), ("S$ 30.06", 500)],
            [("GrabPay", 20), ("30.06", 500)],
            [("Total incl. GST 9%", 20), ("2.48", 500)],
            [("Prices include 9% GST", 20)],
        )
    )

    assert invoice.total == pytest.approx(30.06)


def test_a_total_with_its_tax_and_rate_in_its_label_is_the_total():
    invoice = read(
        receipt(
            [("Harbour Cycle Works Pte. Ltd.", 60)],
            [("Receipt No", 20), ("HCW-2025-0412", 300)],
            [("Date", 20), ("03 Mar 2025", 300)],
            [("Tube 700c", 20), ("12.00", 500)],
            [("Service", 20), ("98.00", 500)],
            [("Net", 20), ("110.00", 500)],
            [("GST 9%", 20), ("9.90", 500)],
            [("Total incl. GST 9%", 20), ("119.90", 500)],
        )
    )

    assert invoice.total == pytest.approx(119.90)
