"""Receipts from the Philippines and Vietnam, as their tills and receipt pads print them.

The Philippines' tax bureau prescribes the page: the seller's `VAT Reg. TIN`, an
`OFFICIAL RECEIPT` or `SALES INVOICE` with its serial beside the title, dates month
first, and under the till's footer its machine's serials (`MIN`, `SN`). Vietnamese
receipts label the total `Tổng cộng`, the cash `Tiền mặt` and the number `Số HĐ`, and
the recogniser, which knows few of Vietnamese's stacked marks, drops the vowels that
carry them (`Tông cng`, `Tng thanh toán`, `S HD`). Indonesian restaurants add a service
charge and the PB1 tax, and `RM.` before a name is a rumah makan, not ringgit. Thai tills
number their abbreviated tax invoice (`TAX INV (ABB)`).
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


def test_a_philippine_vat_registration_with_its_point_dates_the_receipt_month_first():
    invoice = read(
        receipt(
            [("GOLDEN HAMMER HARDWARE", 100)],
            [("VAT Reg. TIN: 201-554-318-000", 60)],
            [("Purok 3, Nat'l Highway, General Santos City", 20)],
            [("CASH SALES INVOICE", 20), ("No. 4587", 500)],
            [("Date: 06/04/2019", 500)],
            [("Portland Cement 40kg", 20), ("2,450.00", 500)],
            [("TOTAL AMOUNT DUE", 20), ("2,450.00", 500)],
        )
    )

    assert (invoice.currency, invoice.issue_date) == ("PHP", "2019-06-04")


def test_an_official_receipts_serial_beside_its_title_numbers_it():
    invoice = read(
        receipt(
            [("ACACIA PENSION HOUSE", 20), ("OFFICIAL RECEIPT", 600)],
            [("MABINI HOSPITALITY CORPORATION", 20), ("No. 10234", 600)],
            [("VAT Reg. TIN 006-118-447-000", 20)],
            [("Date", 500), ("Feb. 11, 2020", 600)],
            [("TOTAL AMOUNT DUE", 20), ("3,640.00", 600)],
        )
    )

    assert invoice.invoice_number == "10234"


def test_a_shop_owned_and_operated_by_a_company_keeps_its_name():
    invoice = read(
        receipt(
            [("Bida Burger", 160)],
            [("BIDA BURGER - LAKESHORE TOWN CENTER", 40)],
            [("Owned & Operated by:", 110)],
            [("TRIPLE G FOOD VENTURES INC.", 80)],
            [("VAT REG TIN: 008-771-452-00003", 60)],
            [("OR No: 0000457812", 20)],
            [("Date: 03/08/2019", 20)],
            [("TOTAL", 20), ("664.00", 480)],
        )
    )

    assert invoice.vendor == "Bida Burger"


def test_a_tills_machine_serials_in_the_footer_name_no_one():
    items = [[(f"ITEM {n} LATTE", 20), (f"{100 + n}.00", 480)] for n in range(12)]
    invoice = read(
        receipt(
            [("kape tagpuan", 160)],
            [("Lot 7 Session Road, Baguio City 2600", 40)],
            [("Feb 03, 2023 08:14 AM", 20)],
            *items,
            [("Total", 20), ("1,266.00", 480)],
            [("OR#", 20), ("000000014592", 300)],
            [("BREW REPUBLIC CORPORATION", 60)],
            [("VAT REG TIN 010-228-331-00002", 60)],
            [("MIN 22081512345600117 SN K7WQ21X0", 40)],
            [("THIS SERVES AS AN OFFICIAL RECEIPT", 40)],
            [("POS Provider: LOOP POS PH INC.", 40)],
            [("VAT REG TIN: 010-992-118-00000", 40)],
            [("Accred No: 041-010992118-000311", 40)],
            [("Valid Until: 07/31/2027", 40)],
        )
    )

    assert invoice.vendor == "kape tagpuan"


def test_a_vietnamese_total_cash_and_change_read_without_their_vowels_marks():
    invoice = read(
        receipt(
            [("CÔNG TY CÔ PHÂN BÁN LÉ GOMART VIÊT NAM", 20)],
            [("MST: 0314872216", 120)],
            [("HÓA DÓN BÁN HÀNG", 120)],
            [("S HD: 1023-0045871", 20)],
            [("Ngày: 23/10/2023 21:07", 20)],
            [("Nuóc sui 500ml", 20), ("16,000", 480)],
            [("Mì ly hái sán", 20), ("30,000", 480)],
            [("Tông cng (dǎ gòm VAT):", 20), ("46,000", 480)],
            [("Tiên mǎt:", 20), ("50,000", 480)],
            [("Tièn thùa:", 20), ("4,000", 480)],
        )
    )

    assert (invoice.total, invoice.invoice_number) == (46000, "1023-0045871")
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_vietnamese_bills_number_after_so_and_its_change_given_back():
    invoice = read(
        receipt(
            [("HOI AN SILK TAILOR", 100)],
            [("72 Tràn Phú, Minh An, Hi An, Quang Nam", 20)],
            [("HÓA DON BÁN LÊ", 120)],
            [("só: HA-07221", 20), ("Ngày: 30/07/2022", 300)],
            [("Áo so mi lua may do", 20), ("1.200.000d", 480)],
            [("Váy lua to tam", 20), ("1.150.000d", 480)],
            [("Tồng cng:", 20), ("2.350.000d", 480)],
            [("Tièn mǎt:", 20), ("2.400.000d", 480)],
            [("Trà lai:", 20), ("50.000d", 480)],
        )
    )

    assert (invoice.total, invoice.invoice_number) == (2350000, "HA-07221")


def test_an_indonesian_fuel_stations_transaction_number_after_no_trans():
    invoice = read(
        receipt(
            [("SPBU 34.171.07", 120)],
            [("PT SUMBER ENERGI MANDIRI", 60)],
            [("NPWP: 03.118.442.6-451.000", 40)],
            [("No. Trans", 20), ("418273", 300)],
            [("Waktu", 20), ("14/06/2023 08:12:45", 300)],
            [("Total Harga: Rp. 250.000", 20)],
            [("CASH", 20), ("250.000", 300)],
        )
    )

    assert invoice.invoice_number == "418273"


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Tgl : 23 Agu 2022 16:05", "2022-08-23"),
        ("5 Maret 2023", "2023-03-05"),
        ("12 Nopember 2019", "2019-11-12"),
        ("03 Agt 2021", "2021-08-03"),
    ],
)
def test_indonesian_months_as_receipts_print_them(printed, iso):
    invoice = read(
        receipt(
            [("APOTEK SEHAT SENTOSA", 100)],
            [("Jl. Diponegoro No. 17 Semarang", 40)],
            [(printed, 20)],
            [("PARASETAMOL 500MG STRIP", 20), ("9.000", 480)],
            [("TOTAL", 20), ("9.000", 480)],
        )
    )

    assert invoice.issue_date == iso


def test_an_indonesian_outlets_company_named_in_its_footer_with_its_npwp_is_the_vendor():
    invoice = read(
        receipt(
            [("KOPI SENJA", 150)],
            [("Jl. Cikini Raya No. 45, Jakarta Pusat", 20)],
            [("No. Trans: KSJ-190317-0087", 20)],
            [("Tgl: 17/03/2019 14:02", 20)],
            [("Es Kopi Susu", 20), ("25.000", 500)],
            [("Roti Bakar Coklat", 20), ("30.000", 500)],
            [("Total", 20), ("55.000", 500)],
            [("Tunai", 20), ("100.000", 500)],
            [("Kembali", 20), ("45.000", 500)],
            [("PT SENJA RASA NUSANTARA", 60)],
            [("NPWP 84.221.907.3-017.000", 60)],
            [("Terima kasih!", 120)],
        )
    )

    assert invoice.vendor == "PT SENJA RASA NUSANTARA"


def test_a_vietnamese_total_whose_o_the_recogniser_dropped_is_the_total_not_the_cash():
    """`Tổng thanh toán` read `Tng thanh toán`, the change `Tiền thối` read `Tiên thi`."""
    invoice = read(
        receipt(
            [("Công ty TNHH Đóng Quê Food", 60)],
            [("MST: 0206099621", 60)],
            [("S HD: DQ969448", 20), ("Bàn:24", 400)],
            [("Ngày: 30/07/2023", 20)],
            [("Bò lúc lác", 20), ("330,000", 480)],
            [("Lu thái hai sàn", 20), ("640,000", 480)],
            [("Thành tién:", 20), ("970,000", 480)],
            [("VAT (8%):", 20), ("77,600", 480)],
            [("Tng thanh toán:", 20), ("1,047,600", 480)],
            [("Tiên khách đua:", 20), ("1,100,000", 480)],
            [("Tiên thi:", 20), ("52,400", 480)],
        )
    )

    assert invoice.total == 1047600
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("No. Trx : T1812-469005", "T1812-469005"),
        ("S6 HD: ML200414972", "ML200414972"),
        ("Số CT: SV24110234999", "SV24110234999"),
        ("s CT: PT-710959", "PT-710959"),
        ("TAX INV (ABB): GC25428222", "GC25428222"),
    ],
)
def test_the_numbers_of_indonesian_vietnamese_and_thai_tills(printed, number):
    invoice = read(
        receipt(
            [("Green Cross Health Co., Ltd.", 60)],
            [(printed, 20)],
            [("20/06/2025 02:23", 20), ("R#3418", 300)],
            [("LOPERAMIDE 2MG 10S", 20), ("35.00", 480)],
            [("TOTAL", 20), ("35.00", 480)],
        )
    )

    assert invoice.invoice_number == number


def test_an_indonesian_restaurants_pb1_tax_and_service_make_its_total():
    invoice = read(
        receipt(
            [("RM. Padang Sari Bundo", 100)],
            [("Jl. Tunjungan No. 45", 60)],
            [("No. Bill", 20), (":87602", 200), ("Meja 14", 400)],
            [("02/10/2512:21:35", 20), ("Tbl:10", 400)],
            [("1 Ayam Pop", 20), ("36.000", 480)],
            [("1 Gurame Goreng", 20), ("95.000", 480)],
            [("Sub Total", 20), ("131.000", 480)],
            [("Service 5%", 20), ("6.550", 480)],
            [("PB1 10%", 20), ("13.100", 480)],
            [("TOTAL", 20), ("150.650", 480)],
            [("Tunai", 20), ("200.000", 480)],
            [("Kembali", 20), ("49.350", 480)],
            [("TERIMA KASIH - SELAMAT DATANG KEMBALI", 20)],
        )
    )

    assert (invoice.total, invoice.tax, invoice.issue_date) == (150650, 13100, "2025-10-02")
    assert invoice.currency != "MYR", "RM. before a name is a rumah makan, not ringgit"
    assert not {"total", "subtotal", "tax", "issue_date"} & set(
        needs_review(invoice, checks(invoice, TODAY))
    )


def test_a_singapore_shops_dollar_and_day_first_date_are_known_by_its_block_and_unit():
    invoice = read(
        receipt(
            [("HOCK SENG PROVISION STORE", 40)],
            [("BLK 30 TELOK BLANGAH RISE", 40)],
            [("#01-285 S(090030)", 40)],
            [("03-12-2016", 40), ("No.0004127", 400)],
            [("DEPT01", 40), ("$3.20", 400)],
            [("TOTAL", 40), ("$3.20", 400)],
        )
    )

    assert invoice.currency == "SGD"
    assert invoice.issue_date == "2016-12-03"


@pytest.mark.parametrize(
    ("rows", "number"),
    [
        # `Bill` read with its l as a one.
        ([[("Bi1l: 17-090214", 40), ("Tbl: 21 Pax: 8", 400)]], "17-090214"),
        # The till's count alone, and the whole number it ends under its own label.
        (
            [[("Store 0231 Reg 02", 40), ("Trans 118734", 400)], [("Trans No: 0231-02-118734", 40)]],
            "0231-02-118734",
        ),
    ],
)
def test_a_receipts_number_read_through_a_misread_label_or_cut_to_its_count(rows, number):
    invoice = read(
        receipt(
            [("HAI XIAN SEAFOOD PTE. LTD.", 40)],
            [("Singapore 449877 Tel: 6442 8833", 40)],
            *rows,
            [("Mon 26 Jun 2017", 40), ("21:06", 400)],
            [("Chilli Crab", 40), ("108.80", 400)],
            [("TOTAL", 40), ("108.80", 400)],
        )
    )

    assert invoice.invoice_number == number


def test_a_hong_kong_tills_txn_is_the_receipts_number():
    invoice = read(
        receipt(
            [("GOOD NEIGHBOUR STORE", 40)],
            [("Shop 3, G/F, 12 Nathan Road, Tsim Sha Tsui, Kowloon", 40)],
            [("TXN 000918273  CSR:Ah Fai", 40)],
            [("10/02/2024 19:22", 40)],
            [("Vita Lemon Tea", 40), ("7.50", 400)],
            [("TOTAL", 40), ("HK$7.50", 400)],
        )
    )

    assert invoice.invoice_number == "000918273"


def test_a_till_number_alone_before_the_date_is_read_for_a_person_to_check():
    invoice = read(
        receipt(
            [("Maple Leaf Cake Shop", 40)],
            [("Maple Leaf Bakery Company Limited", 40)],
            [("33 Shing Tak St, Ma Tau Wai, Kowloon City", 40)],
            [("S03-000041927", 40), ("05-05-2019 17:30", 400)],
            [("Black Forest Slice", 40), ("64.00", 400)],
            [("TOTAL", 40), ("HK$64.00", 400)],
        )
    )

    assert invoice.invoice_number == "S03-000041927"
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))
