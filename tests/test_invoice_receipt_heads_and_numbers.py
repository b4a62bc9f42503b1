"""Till receipts from Malaysia, Singapore and Indonesia as a clerk scans them: the shop's
name at the head however the shop prints it, and the receipt's own number.

Each names one way the rules read such a receipt wrong: a name opening with what the
shop is (`TOKO BANGUNAN`) over the words that name it, a company named after its place
(`Taman`), a tax id or phone on the name's line, a Singapore unit's number in the
address taken for the receipt's, and the receipt number labels of the region's tills.
"""

import pytest

from bot.invoices.parties import clean_name, may_name
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


def test_a_restaurants_name_wrapped_over_its_owners_name_and_registration_is_one():
    invoice = read(
        receipt(
            [("RESTORAN NASI KANDAR PELITA", 60)],
            [("WAN SENG", 60)],
            [("(SA0456123-W)", 60)],
            [("12, Jalan SS15/4, 47500 Subang Jaya", 40)],
            [("Receipt#:R0087412", 40)],
            [("Date: 14/02/2018", 40)],
            [("NASI KANDAR AYAM", 40), ("9.50", 400)],
            [("TOTAL", 40), ("9.50", 400)],
        )
    )

    assert invoice.vendor == "RESTORAN NASI KANDAR PELITA WAN SENG"


def test_a_transaction_number_labelled_with_a_point_is_the_receipts():
    invoice = read(
        receipt(
            [("SINAR JAYA MINI MARKET SDN BHD", 40)],
            [("(1203384-T)", 40)],
            [("TAX INVOICE", 40)],
            [("Trans. No : 0031-2018-004127", 40)],
            [("Date : 09/04/2018", 40)],
            [("BERAS WANGI 5KG", 40), ("21.90", 400)],
            [("TOTAL", 40), ("21.90", 400)],
        )
    )

    assert invoice.invoice_number == "0031-2018-004127"


def test_a_number_labelled_with_the_titles_initials_is_the_documents():
    invoice = read(
        page(
            ("SERI MAJU AIS SDN. BHD.", 100, 60),
            ("Lot 8, Jalan Industri 3, 42700 Banting", 100, 110),
            ("DELIVERY ORDER CUM INVOICE", 300, 220),
            ("Deliver To:", 100, 300),
            ("DOI No", 800, 300),
            (": DOI-1804-0233", 1000, 300),
            ("Kedai Runcit Ah Kow", 100, 350),
            ("Date", 800, 350),
            (": 12/04/2018", 1000, 350),
            ("Tube ice 5kg bag", 100, 500),
            ("96.00", 1100, 500),
            ("TOTAL", 100, 600),
            ("96.00", 1100, 600),
        )
    )

    assert invoice.invoice_number == "DOI-1804-0233"


def test_initials_that_are_not_the_titles_label_no_number():
    invoice = read(
        page(
            ("SERI MAJU AIS SDN. BHD.", 100, 60),
            ("Lot 8, Jalan Industri 3, 42700 Banting", 100, 110),
            ("TAX INVOICE", 300, 220),
            ("PO No", 800, 300),
            (": PO-1804-0233", 1000, 300),
            ("Date", 800, 350),
            (": 12/04/2018", 1000, 350),
            ("Tube ice 5kg bag", 100, 500),
            ("96.00", 1100, 500),
            ("TOTAL", 100, 600),
            ("96.00", 1100, 600),
        )
    )

    assert invoice.invoice_number != "PO-1804-0233"


def test_a_signatures_caption_beside_issued_by_names_no_one():
    invoice = read(
        receipt(
            [("FARMASI SEJAHTERA SDN BHD", 40), ("CASH SALES", 600)],
            [("(1082231-K)", 40)],
            [("No.", 600), (": CS-24/0119", 700)],
            [("Date", 600), (": 03-Apr-2024", 700)],
            [("First Aid Kit", 40), ("68.00", 700)],
            [("TOTAL", 40), ("68.00", 700)],
            [("Issued by", 40), ("Received by", 600)],
        )
    )

    assert invoice.vendor == "FARMASI SEJAHTERA SDN BHD"


def test_a_bill_books_number_mark_beside_its_title_is_no_part_of_the_number():
    invoice = read(
        receipt(
            [("BENGKEL MOTOR HARUN & ANAK", 40)],
            [("(002231887-P)", 40)],
            [("BIL TUNAI", 40), ("No.004512", 400)],
            [("Minyak hitam 4L", 40), ("120.00", 500)],
            [("JUMLAH", 40), ("120.00", 500)],
        )
    )

    assert invoice.invoice_number == "004512"


def test_a_tills_terminal_beside_the_time_is_not_the_receipts_number():
    invoice = read(
        receipt(
            [("PUSTAKA CERIA SDN BHD", 40)],
            [("Lot S-12, Mid Valley Megamall", 40)],
            [("TAX INVOICE", 100)],
            [("Kamus Dwibahasa", 40), ("59.90 SR", 500)],
            [("Grand Total", 40), ("59.90", 500)],
            [("CASH", 40), ("60.00", 500)],
            [("28-OCT-2016 11:28 AM", 40), ("#01", 500)],
            [("No.", 40), ("00731842", 300)],
        )
    )

    assert invoice.invoice_number == "00731842"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("PHONEXPRESS ACCESSORIES SDN BHD", True),
        ("SMARTPHONE CENTRE SDN BHD", True),
        ("Phone: 03-2141 0935", False),
        ("Handphone : 012-338 2097", False),
        ("Received by", False),
        ("Authorised Signature", False),
    ],
)
def test_a_shop_selling_phones_is_a_name_and_a_phones_or_a_signatures_label_is_not(text, named):
    assert may_name(text) is named


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("KRAFTANGAN WARISAN", "MELAKA TRADING", "KRAFTANGAN WARISAN MELAKA TRADING"),
        ("SPARKLE DOBI", "SERVICES SDN BHD", "SPARKLE DOBI SERVICES SDN BHD"),
    ],
)
def test_a_name_wrapped_before_its_sole_traders_word_set_smaller_is_one(first, second, name):
    invoice = read(
        page(
            (first, 205, 194, 82),
            (second, 300, 293, 58),
            ("(MA0234567-K)", 320, 370, 50),
            ("45 Jalan Hang Jebat, 75200 Melaka", 162, 440, 50),
            ("Bill No: 0045612", 162, 520, 50),
            ("Date: 14/11/2016", 162, 580, 50),
            ("Batik sarong", 162, 680, 50),
            ("45.00", 900, 680, 50),
            ("TOTAL", 162, 760, 50),
            ("45.00", 900, 760, 50),
        )
    )

    assert invoice.vendor == name


def test_a_logos_large_letters_by_the_name_are_no_part_of_it():
    invoice = read(
        page(
            ("CP", 190, 114, 66),
            ("SYARIKAT CETAK DIGITAL PRIMA", 235, 121, 40),
            ("(CA0567890-H)", 235, 176, 30),
            ("No. 7, Jalan Perdana 2, 08000 Sungai Petani, Kedah", 234, 210, 30),
            ("TAX INVOICE", 337, 300, 40),
            ("Invoice No: IV-16-00412", 100, 380),
            ("Date: 02/08/2016", 100, 430),
            ("Name cards 2 boxes", 100, 520),
            ("80.00", 900, 520),
            ("TOTAL", 100, 600),
            ("80.00", 900, 600),
        )
    )

    assert invoice.vendor == "SYARIKAT CETAK DIGITAL PRIMA"


@pytest.mark.parametrize(
    ("label", "value"), [("Rec No:", "17/2234"), ("JOB NO", "SL-181106-042")]
)
def test_a_service_slips_receipt_or_job_number_is_its_number(label, value):
    invoice = read(
        receipt(
            [("KEDAI KUNCI SENTOSA", 40)],
            [("No 5, Jalan Besar, 34000 Taiping", 40)],
            [(label, 40), (value, 300)],
            [("Date: 05/10/2017", 40)],
            [("Duplicate key x3", 40), ("42.50", 400)],
            [("TOTAL", 40), ("42.50", 400)],
        )
    )

    assert invoice.invoice_number == value


def test_a_logos_letters_read_into_the_names_box_are_no_part_of_it():
    invoice = read(
        page(
            ("MP MEGA PRINT & COPY CENTRE SDN BHD", 91, 78, 56),
            ("Company No. 1290345-W", 220, 135, 21),
            ("No. 9, Jalan 8/1, Seksyen 8, 43650 Bandar Baru Bangi, Selangor", 220, 160, 21),
            ("Tel 03-8920 5573 WhatsApp 019-665 2301", 220, 187, 21),
            ("CASH BILL", 493, 284, 33),
            ("Bill No: CB-19-03311", 100, 340, 21),
            ("Date: 12/04/2019", 100, 370, 21),
            ("Banner 3ft x 6ft", 100, 420, 21),
            ("245.00", 800, 420, 21),
            ("NETT TOTAL", 100, 470, 21),
            ("245.00", 800, 470, 21),
            ("Thank you for your business!", 100, 520, 21),
        )
    )

    assert invoice.vendor == "MEGA PRINT & COPY CENTRE SDN BHD"


def test_a_logos_letters_in_a_box_of_their_own_beside_the_name_are_no_part_of_it():
    invoice = read(
        page(
            ("PX", 143, 108, 66),
            ("Pixelwerk Digital Studio", 200, 75, 64),
            ("INVOICE", 1260, 82, 91),
            ("202003145678 (003123456-W)", 283, 150),
            ("Invoice No", 1056, 316),
            ("PW-2020-051", 1400, 316),
            ("Invoice Date", 1056, 355),
            ("21 Aug 2020", 1400, 355),
            ("Website design", 111, 500),
            ("8,334.00", 1400, 500),
            ("TOTAL", 1056, 600),
            ("8,334.00", 1400, 600),
        )
    )

    assert invoice.vendor == "Pixelwerk Digital Studio"


def test_a_company_form_run_into_its_registration_number_still_ends_the_name():
    assert clean_name("Dapur Selera Catering & Events Sdn Bhd202001023456 (1378901-M)") == (
        "Dapur Selera Catering & Events Sdn Bhd"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("RESTORAN NASI KANDAR", "SRI MUTIARA JAYA"), ("SYARIKAT PERKAKAS", "LEONG KEE SDN. BHD.")],
)
def test_a_malay_trade_heading_over_the_words_naming_the_shop_is_one_name(first, second):
    invoice = read(
        receipt(
            [(first, 60)],
            [(second, 60)],
            [("(PG0298765-D)", 120)],
            [("7, Lebuh Chulia, 10200 Pulau Pinang", 40)],
            [("No, Bil : 19/04521", 40)],
            [("Date: 03/03/2018", 40)],
            [("NASI KANDAR AYAM", 40), ("9.50", 400)],
            [("TOTAL", 40), ("9.50", 400)],
        )
    )

    assert invoice.vendor == f"{first} {second}"
    assert invoice.invoice_number == "19/04521"


def test_a_tax_registration_misread_rec_no_is_no_receipt_number():
    invoice = read(
        receipt(
            [("YUK LAN DIM SUM HOUSE SDN BHD (1008821-W)", 40)],
            [("GST ReC No: 000378901248", 40)],
            [("TAX INVOICE", 100)],
            [("Bill No: B0071855", 40), ("Table: 15", 400)],
            [("Date: 08-07-2018", 40)],
            [("HAR GAO", 40), ("13.00", 400)],
            [("TOTAL", 40), ("13.00", 400)],
        )
    )

    assert invoice.invoice_number == "B0071855"
