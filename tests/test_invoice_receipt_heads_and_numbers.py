"""Till receipts from Malaysia, Singapore and Indonesia as a clerk scans them: the shop's
name at the head however the shop prints it, and the receipt's own number.

Each names one way the rules read such a receipt wrong: a name opening with what the
shop is (`TOKO BANGUNAN`) over the words that name it, a company named after its place
(`Taman`), a tax id or phone on the name's line, a Singapore unit's number in the
address taken for the receipt's, and the receipt number labels of the region's tills.
"""

import pytest

from bot.invoices.parties import may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import TODAY, page, read
from tests.test_invoice_rules import line, receipt


def _foot() -> list[list[tuple[str, float]]]:
    return [
        [("Semen Instan 25kg", 20), ("142.000", 400)],
        [("TOTAL", 20), ("142.000", 400)],
        [("TUNAI", 20), ("150.000", 400)],
        [("KEMBALI", 20), ("8.000", 400)],
    ]


@pytest.mark.parametrize(
    ("opening", "name", "whole"),
    [
        ("TOKO BANGUNAN", "SUMBER REJEKI", "TOKO BANGUNAN SUMBER REJEKI"),
        ("RUMAH MAKAN", "PUTI BUNGSU", "RUMAH MAKAN PUTI BUNGSU"),
    ],
)
def test_a_name_opening_with_what_the_shop_is_runs_on_into_the_words_that_name_it(
    opening, name, whole
):
    invoice = read(
        receipt(
            [(opening, 60)],
            [(name, 60)],
            [("Jl. Diponegoro 112, Kediri", 40)],
            [("Tgl: 22-11-2021 14:51", 20)],
            *_foot(),
        )
    )

    assert invoice.vendor == whole


def test_a_company_named_after_its_place_under_the_address_names_the_shop():
    invoice = read(
        receipt(
            [("Lot G-12, Ground Floor, Wisma Cahaya", 20)],
            [("Jalan Tun Razak, 50400 Kuala Lumpur", 20)],
            [("Tel: 03-2161 0098", 20)],
            [("TAX INVOICE", 120)],
            [("TAMAN MEKAR FLORIST SDN BHD", 40)],
            [("(1120987-P) GST ID: 002004567812", 20)],
            [("Date: 14/02/2017", 20)],
            [("Rose bouquet", 20), ("120.00", 400)],
            [("TOTAL", 20), ("127.20", 400)],
        )
    )

    assert invoice.vendor == "TAMAN MEKAR FLORIST SDN BHD"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("ANEKA JAYA ENTERPRISE (JM0876543-D) GST:001122334455", "ANEKA JAYA ENTERPRISE"),
        ("RESTORAN AL-HIJRAH MAJU Tel:03-40218876", "RESTORAN AL-HIJRAH MAJU"),
    ],
)
def test_a_tax_id_or_phone_on_the_names_line_leaves_the_name(head, name):
    invoice = read(
        receipt(
            [(head, 20)],
            [("No. 8, Jalan Wong Ah Fook, 80000 Johor Bahru", 20)],
            [("15/04/2018 05:02PM", 20)],
            [("TEMPERED GLASS 9H", 20), ("30.00", 400)],
            [("TOTAL", 20), ("30.00", 400)],
        )
    )

    assert invoice.vendor == name


def test_a_singapore_units_number_in_the_address_is_not_the_receipts():
    invoice = read(
        receipt(
            [("YONG HUAT EATING HOUSE", 40)],
            [("Blk 123 Ang Mo Kio Ave 3 #01-1234", 20)],
            [("Singapore 560123", 20)],
            [("03/10/2019", 20), ("07:58", 300)],
            [("Rcpt 000453", 20)],
            [("KOPI", 20), ("1.20", 400)],
            [("TOTAL", 20), ("1.20", 400)],
        )
    )

    assert invoice.invoice_number == "000453"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("Resit No: 0412-02-118734", 20)], "0412-02-118734"),
        ([("No. Resit: 000234", 20), ("Tarikh: 02/03/19", 300)], "000234"),
        ([("No. Nota : GBS-2208-00451", 20)], "GBS-2208-00451"),
        ([("Cash Sale No: CS-2104-1187", 20)], "CS-2104-1187"),
        ([("CS No: CS00431876", 20), ("Counter: 02", 300)], "CS00431876"),
        ([("No. Transaksi: TRX-230311-0142", 20)], "TRX-230311-0142"),
        ([("Bil: PLB-00048127", 20)], "PLB-00048127"),
        ([("No: CB 38871", 20), ("Date: 18/07/2016", 300)], "CB 38871"),
        ([("Check#: 30418", 20), ("Table: A12", 300)], "30418"),
        ([("Check #CL-19-0031788", 20), ("Guests: 2", 300)], "CL-19-0031788"),
        ([("No. : CP 07712", 20)], "CP 07712"),
        ([("No. Bill: 0127-045", 20), ("Meja: 6", 300)], "0127-045"),
        ([("Receipt", 20), ("BK/24/0213-27", 300)], "BK/24/0213-27"),
        ([("Resit", 20), ("DW-201014-055", 300)], "DW-201014-055"),
        ([("Receipt FH-JP-07-240315-0412", 20)], "FH-JP-07-240315-0412"),
    ],
)
def test_the_receipt_number_labels_of_the_regions_tills(printed, number):
    invoice = read(
        receipt(
            [("KEDAI RUNCIT AH KAU", 40)],
            [("No. 41, Jalan Raja Laut, 50350 Kuala Lumpur", 20)],
            printed,
            [("MILO AIS", 20), ("2.70", 400)],
            [("TOTAL", 20), ("2.70", 400)],
        )
    )

    assert invoice.invoice_number == number


def test_a_brand_the_registered_company_under_it_holds_in_its_name_gives_way_to_it():
    invoice = read(
        receipt(
            [("HOME & HAUS", 60)],
            [("HOMEHAUS LIVING PTE. LTD.", 40)],
            [("63 Jurong West Central 3 #02-41", 20)],
            [("GST Reg No: 201534567M", 20)],
            [("11 Jan 2025", 20), ("02:06 PM", 300)],
            [("SCENTED CANDLE", 20), ("24.90", 400)],
            [("TOTAL", 20), ("24.90", 400)],
            [("Thank you for shopping at HOME & HAUS", 20)],
        )
    )

    assert invoice.vendor == "HOMEHAUS LIVING PTE. LTD."
    assert invoice.confidence["vendor"] >= 0.7


@pytest.mark.parametrize(
    ("line", "a_name"), [("COPY KING", True), ("COPY", False), ("COPY RECEIPT", False)]
)
def test_a_name_may_start_with_copy_where_a_slips_copy_mark_may_not(line, a_name):
    assert may_name(line) is a_name


def test_a_copy_shop_whose_name_starts_with_copy_is_named():
    invoice = read(
        receipt(
            [("COPY KING", 80)],
            [("COPY KING PRINTING SERVICES (002412987-U)", 20)],
            [("NO. 101, JALAN SEGAMAT", 20)],
            [("GST NO: 001932546819", 20)],
            [("DATE: 12/03/2018", 20)],
            [("B&W COPY A4 x 120", 20), ("12.00", 400)],
            [("TOTAL", 20), ("12.00", 400)],
        )
    )

    assert invoice.vendor == "COPY KING PRINTING SERVICES"


def test_a_malaysian_street_settles_the_order_of_a_date_on_a_receipt_with_no_currency():
    invoice = read(
        receipt(
            [("RESTORAN HOCK SENG", 60)],
            [("12, Jalan Bunga Raya,", 20)],
            [("75100 Melaka. 06-282 3361", 20)],
            [("07/05/2022", 20), ("08:26", 300)],
            [("2 Kopi O Peng", 20), ("4.40", 400)],
            [("TOTAL", 20), ("4.40", 400)],
        )
    )

    # Melaka's address says ringgit too, and so day first.
    assert invoice.currency == "MYR"
    assert invoice.issue_date == "2022-05-07"
    assert invoice.confidence["issue_date"] >= 0.7


def test_the_name_a_shop_is_registered_under_below_its_sign_names_it():
    """As a brand's receipt is its company's (`Chili's` over `T.A.S LEISURE SDN BHD`),
    a shop's sign is the registered business's named with its number under it."""
    sign = line("KEDAI BESI TECK SENG", 60, 0, height=55)
    invoice = read(
        [
            sign,
            *receipt(
                [("TECK SENG HARDWARE TRADING (JM0765432-K)", 20)],
                [("NO. 12, JALAN BESTARI 3/2, 81300 SKUDAI", 20)],
                [("Tel: 07-511 2345", 20)],
                [("GST REG NO: 000812345678", 20)],
                [("Date: 12/03/2016", 20)],
                [("CEMENT 50KG", 20), ("70.00", 400)],
                [("TOTAL", 20), ("70.00", 400)],
                [("CASH", 20), ("100.00", 400)],
                [("CHANGE", 20), ("30.00", 400)],
                top=70,
            ),
        ]
    )

    assert invoice.vendor == "TECK SENG HARDWARE TRADING"


def test_a_slogan_between_the_name_and_its_number_is_no_name():
    sign = line("FLORA ANGGERIK ENTERPRISE", 40, 0, height=55)
    invoice = read(
        [
            sign,
            *receipt(
                [("~ Fresh Flowers for Every Occasion ~", 20)],
                [("(002112233-A)", 20)],
                [("No. 6, Jalan Tun Perak, 05000 Alor Setar", 20)],
                [("Date: 12/05/2017 10:32", 20)],
                [("TABLE ARRANGEMENT", 20), ("150.00", 500)],
                [("TOTAL", 20), ("150.00", 500)],
                top=70,
            ),
        ]
    )

    assert invoice.vendor == "FLORA ANGGERIK ENTERPRISE"


def test_a_name_wrapped_before_its_ampersand_goes_on_under_it():
    invoice = read(
        [
            line("FOTO KILAT STUDIO", 40, 0, height=55),
            line("& DIGITAL PLT", 80, 60, height=55),
            *receipt(
                [("(LLP0012345-LGN)", 20)],
                [("No. 9, Jalan Dato Onn Jaafar, 30300 Ipoh", 20)],
                [("Date: 22-05-2018 16:10", 20)],
                [("PASSPORT PHOTO", 20), ("15.00", 500)],
                [("TOTAL", 20), ("15.00", 500)],
                top=130,
            ),
        ]
    )

    assert invoice.vendor == "FOTO KILAT STUDIO & DIGITAL PLT"


def test_a_tills_slip_number_outweighs_the_transaction_count_it_ends_in():
    invoice = read(
        receipt(
            [("MR. H.O.M.E. (M) SDN BHD", 40)],
            [("Lot G-22, Plaza Angsana, Jalan Skudai", 20)],
            [("TAX INVOICE", 120)],
            [("LED BULB 13W E27 DAYLIGHT", 20)],
            [("6934721300112", 20), ("2 X 6.50", 300), ("13.00 SR", 450)],
            [("Total Amount", 20), ("13.00", 450)],
            [("Cash", 20), ("20.00", 450)],
            [("Change", 20), ("7.00", 450)],
            [("27-08-16 14:03", 20), ("MH1042", 300), ("P02", 450)],
            [("SLIP:0002100012345", 20)],
            [("STAFF:ROSLI", 20), ("TRANS:12345", 300)],
        )
    )

    assert invoice.invoice_number == "0002100012345"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_date_the_ocr_ran_into_a_checks_number_is_cut_from_it():
    invoice = read(
        receipt(
            [("GOLDEN CRUST BAKERY SDN BHD (1067742-M)", 20)],
            [("NO. 88, JALAN MERDEKA, 75000 MELAKA", 20)],
            [("TAX INVOICE", 120)],
            [("Check # 03-08378212/05/2016 15:05", 20)],
            [("POLO BUN", 20), ("5.00", 400)],
            [("TOTAL", 20), ("5.00", 400)],
        )
    )

    assert invoice.invoice_number == "03-083782"


def test_a_malay_sentence_of_small_print_names_no_one():
    assert not may_name("Barang tidak dituntut selepas 30 hari")


def test_a_tills_order_number_alone_over_the_receipt_number_is_not_the_number():
    invoice = read(
        receipt(
            [("TEA POT BUBBLE", 40)],
            [("Mid Valley Megamall LG-K07", 40)],
            [("#A047", 40)],
            [("Receipt No: TPB-MV-00193320", 40)],
            [("Date: 2018-05-11 15:22:00", 40)],
            [("Brown Sugar Milk Tea L", 40), ("11.90", 500)],
            [("TOTAL", 40), ("RM 11.90", 500)],
        )
    )

    assert invoice.invoice_number == "TPB-MV-00193320"
    assert "invoice_number" not in needs_review(invoice, checks(invoice, TODAY))


def test_an_official_receipts_number_not_the_invoice_it_is_paid_for():
    invoice = read(
        receipt(
            [("GRAFIK PRO PRINTING SDN BHD (1023456-V)", 40)],
            [("OFFICIAL RECEIPT", 40)],
            [("Receipt No: R18-0047", 40)],
            [("Date : 26 JAN 2018", 40)],
            [("Received from", 40), ("AKADEMI MEMANDU SRI SELANGOR SDN BHD", 300)],
            [("being payment of", 40), ("Invoice No. GP-INV-1712/088 (Brochure A4)", 300)],
            [("RM", 40), ("1,355.20", 300)],
        )
    )

    assert invoice.invoice_number == "R18-0047"


def test_a_number_with_a_letter_alone_among_its_digits_goes_to_a_person():
    invoice = read(
        receipt(
            [("ZAINAL BUILDING MATERIALS ENTERPRISE", 40)],
            [("CASH BILL", 40)],
            [("CS NO", 400), ("CS-00B812", 600)],
            [("Date", 400), (":08/03/2018", 600)],
            [("BATU BATA MERAH", 40), ("760.00", 600)],
            [("NETT TOTAL", 40), ("760.00", 600)],
        )
    )

    assert invoice.invoice_number == "CS-00B812"
    assert "invoice_number" in needs_review(invoice, checks(invoice, TODAY))


def test_a_company_form_a_narrow_slip_breaks_over_two_lines_is_one_name():
    invoice = read(
        page(
            ("HIJAU", 235, 171, 97),
            ("KEDAI HIJAU", 275, 267, 40),
            ("KENANGA SERVICE STATION SDN.", 124, 307, 40),
            ("BHD.", 338, 348, 39),
            ("(1187723-K)", 278, 387, 41),
            ("Batu 5, Jalan Klang Lama,", 151, 427, 42),
            ("58000 Kuala Lumpur", 215, 468, 37),
            ("GST No:000942957311", 197, 547, 40),
            ("Inv No: 11-20170405-0009", 92, 628, 39),
            ("05-04-2017 20:29", 93, 672, 32),
            ("PAM 6 RON95", 95, 792, 32),
            ("20.00 Z", 537, 826, 37),
            ("TOTAL", 95, 900, 40),
            ("20.00", 537, 900, 40),
        )
    )

    assert invoice.vendor == "KENANGA SERVICE STATION SDN. BHD."


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            "RESTORAN MAKANAN LAUT",
            "TANJUNG BERSATU SDN BHD",
            "RESTORAN MAKANAN LAUT TANJUNG BERSATU SDN BHD",
        ),
        ("KEDAI GUNTING RAMBUT", "SALLEH & ANAK-ANAK", "KEDAI GUNTING RAMBUT SALLEH & ANAK-ANAK"),
    ],
)
def test_a_malay_name_opening_with_what_the_business_is_runs_over_two_lines(first, second, name):
    invoice = read(
        receipt(
            [(first, 60)],
            [(second, 60)],
            [("Jln Sultan Zainal Abidin", 60)],
            [("20000 Kuala Terengganu", 60)],
            [("22-05-2016", 40), ("15:08", 300)],
            [("2 X @12.00", 40), ("24.00", 400)],
            [("TOTAL", 40), ("24.00", 400)],
        )
    )

    assert invoice.vendor == name


def test_a_large_name_wrapped_before_its_last_word_and_registration_number_is_one():
    invoice = read(
        page(
            ("SYARIKAT PERNIAGAAN HENG", 174, 310, 67),
            ("LOONG (000987654-K)", 253, 384, 70),
            ("NO 23, JALAN BESAR KEPONG", 366, 496, 46),
            ("52100 KUALA LUMPUR", 426, 532, 45),
            ("CASH SALES", 300, 600, 40),
            ("CS00012874", 300, 650, 40),
            ("18/03/2017", 300, 700, 40),
            ("PVC PIPE 1/2 INCH", 100, 800, 40),
            ("77.20", 700, 800, 40),
            ("TOTAL", 100, 860, 40),
            ("77.20", 700, 860, 40),
        )
    )

    assert invoice.vendor == "SYARIKAT PERNIAGAAN HENG LOONG"
