"""Malaysian and Singaporean cash bills and receipts as people photograph them: a shop's
name in Chinese over the same in Latin letters, a pre-printed bill's `RM | sen` columns, a
photo that cut the head off.

Each names one way the rules read such a receipt wrong: the Chinese name taken for the
vendor, a speck over an S read as a caron, the signature box beside the payee taken into
its name, the amounts of a two-column bill read as whole ringgit or none, a month's O
read as a zero, and an item under the time stamp taken for the shop.
"""

from bot.invoices.dates import find_dates
from bot.invoices.layout import rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page
from tests.test_invoice_parties import read as read_page
from tests.test_invoice_rules import TODAY
from tests.test_invoice_totals import read


def test_a_shops_name_in_chinese_gives_way_to_the_same_in_latin_letters():
    over, _ = read(
        [("華樂飲食店", 200)],
        [("WAH LOK EATING HOUSE", 120)],
        [("Blk 115 Bukit Merah View #01-22", 60)],
        [("Date : 09/09/2017 12:31:05", 40)],
        [("TOTAL", 40), ("46.80", 500)],
    )
    beside, _ = read(
        [("Jade Garden Seafood Restaurant 翠園海鲜酒家", 40)],
        [("JADE GARDEN F&B PTE. LTD.", 100)],
        [("Date: 03/02/2018", 40)],
        [("TOTAL", 40), ("128.40", 500)],
    )

    assert over.vendor == "WAH LOK EATING HOUSE"
    assert beside.vendor in ("Jade Garden Seafood Restaurant", "JADE GARDEN F&B PTE. LTD.")


def test_a_caron_on_a_page_that_writes_none_is_a_speck_over_the_letter():
    invoice, _ = read(
        [("LIAN ŠENG TRADING CO.", 100)],
        [("No. 21 Defu Lane 10, Singapore 539215", 40)],
        [("Date: 27/10/2016", 40)],
        [("TOTAL $", 40), ("91.00", 500)],
    )

    assert invoice.vendor == "LIAN SENG TRADING CO."


def test_the_payees_name_ends_at_its_column():
    invoice, _ = read(
        [("CASH SALE", 40), ("No. 18 0337", 500)],
        [("Date: 5-2-2018", 40)],
        [("2 SOTONG (KG)", 40), ("52.00", 600)],
        [("TOTAL RM", 40), ("416.00", 600)],
        [("Cheques payable to HOCK SENG SEAFOOD TRADING", 40), ("Signature", 900)],
    )

    assert invoice.vendor == "HOCK SENG SEAFOOD TRADING"


CASH_BILL = (
    [("SYARIKAT JAYA MAKMUR ENTERPRISE", 60)],
    [("CASH BILL / BIL TUNAI", 40), ("No. 004521", 600)],
    [("Date / Tarikh: 21/8/17", 40)],
    [("Qty", 20), ("Description / Perkara", 110), ("Price", 500), ("RM", 660), ("sen", 760)],
    [("10", 20), ("Simen 50kg", 110), ("18.50", 500), ("185", 660), ("00", 765)],
    [("1", 20), ("Pasir halus (lori)", 110), ("180.00", 500), ("180", 660), ("00", 765)],
    [("500", 20), ("Batu bata", 110), ("0.45", 500), ("225", 660), ("00", 765)],
    [("12", 20), ("Besi 10mm", 110), ("16.80", 500), ("201", 660), ("60", 765)],
)


def test_amounts_in_ringgit_and_sen_columns_are_read_with_their_point():
    split, split_flagged = read(*CASH_BILL, [("TOTAL / JUMLAH RM", 300), ("791", 660), ("60", 765)])
    run_together, _ = read(*CASH_BILL, [("TOTAL / JUMLAH RM", 300), ("79160", 700)])

    assert split.total == 791.60
    assert run_together.total == 791.60
    # Written by hand more often than not: a person checks what the OCR made of it.
    assert "total" in split_flagged


def test_a_sen_column_is_found_under_a_run_together_or_slipped_heading():
    items = (
        [("10", 20), ("Simen 50kg", 110), ("18.50", 500), ("185", 690), ("00", 790)],
        [("1", 20), ("Pasir halus (lori)", 110), ("180.00", 500), ("180", 690), ("00", 790)],
    )
    joined, _ = read(
        [("SYARIKAT JAYA MAKMUR ENTERPRISE", 60)],
        [("Qty", 20), ("Description", 110), ("U/Price", 500), ("RMAMOUNT", 640), ("sen", 780)],
        *items,
        [("TOTAL / JUMLAH RM", 300), ("365", 690), ("00", 790)],
    )
    slipped, _ = read(
        [("SYARIKAT JAYA MAKMUR ENTERPRISE", 60)],
        [("Qty", 20), ("Description", 110), ("U/Price", 500), ("RM AMOUNT", 640)],
        [("sen", 780)],
        *items,
        # A handwritten 0 read as the letter o.
        [("TOTAL / JUMLAH RM", 300), ("365", 690), ("o0", 790)],
    )

    assert joined.total == 365.00
    assert slipped.total == 365.00


def test_a_name_with_a_letter_of_another_script_in_a_word_is_a_misread_to_check():
    mixed, mixed_flagged = read(
        [("BINA ニAYA BUILDING MATERIAL SDN BHD", 100)],
        [("Date: 12/05/2018", 40)],
        [("TOTAL RM", 40), ("128.40", 500)],
    )
    kanji_and_kana, kana_flagged = read(
        [("株式会社ニトリ", 100)],
        [("Date: 12/05/2018", 40)],
        [("TOTAL", 40), ("128.40", 500)],
    )

    assert mixed.vendor is None or "vendor" in mixed_flagged
    assert kanji_and_kana.vendor == "株式会社ニトリ"
    assert "vendor" not in kana_flagged


def test_a_month_whose_o_was_read_as_a_zero_is_still_a_month():
    assert [found.date.isoformat() for found in find_dates("Date: 12-0ct-2017")] == ["2017-10-12"]
    assert [found.date.isoformat() for found in find_dates("3 N0v 2018")] == ["2018-11-03"]
    assert [found.date.isoformat() for found in find_dates("5 0gos 2019")] == ["2019-08-05"]
    assert find_dates("Ref 10-0v-12") == []


#: The OCR engine's reading of a phone photo of a bakery's till slip whose head (the
#: shop's name and address) the frame cut off: each line with its box, as the engine gave
#: it (the photo is slanted, so the boxes are).
HEADLESS_CAPTURE = (
    ("Rcpt#:20180120-0088", [(213, 19), (839, 44), (836, 113), (210, 87)]),
    ("Date : 20/01/2018 17:03:30", [(210, 92), (1017, 129), (1014, 196), (207, 159)]),
    ("Roti Bun Kopi", [(204, 231), (614, 252), (610, 327), (200, 306)]),
    ("4 @2.30", [(263, 311), (523, 324), (519, 390), (259, 377)]),
    ("9.20", [(1047, 353), (1184, 359), (1181, 423), (1044, 417)]),
    ("Roti Kelapa", [(201, 380), (548, 396), (545, 467), (197, 450)]),
    ("2 @ 1.80", [(259, 455), (516, 467), (513, 534), (256, 522)]),
    ("3.60", [(1037, 498), (1173, 502), (1171, 566), (1035, 561)]),
    ("Donut Gula", [(197, 524), (513, 537), (511, 603), (194, 589)]),
    ("3 @ 1.20", [(253, 598), (510, 609), (507, 674), (250, 663)]),
    ("3.60", [(1029, 638), (1162, 644), (1159, 708), (1026, 702)]),
    ("Kek Batik", [(191, 663), (478, 676), (475, 742), (188, 729)]),
    ("4.50", [(1023, 707), (1158, 714), (1154, 778), (1019, 771)]),
    ("Rounding Adj", [(185, 800), (558, 821), (554, 896), (181, 875)]),
    ("0.00", [(1015, 845), (1148, 853), (1145, 918), (1012, 911)]),
    ("TOTAL", [(178, 881), (354, 888), (350, 1006), (174, 999)]),
    ("20.90", [(970, 924), (1151, 931), (1146, 1048), (965, 1041)]),
    ("CASH", [(179, 1011), (318, 1015), (316, 1079), (177, 1075)]),
    ("21.00", [(972, 1052), (1134, 1060), (1131, 1122), (968, 1115)]),
    ("CHANGE", [(178, 1081), (369, 1089), (367, 1150), (176, 1142)]),
    ("0.10", [(995, 1123), (1131, 1127), (1129, 1189), (993, 1185)]),
    ("Thank you, come again!", [(321, 1220), (970, 1254), (967, 1324), (318, 1290)]),
    ("Order cakes: 016-332 1908", [(274, 1287), (1014, 1322), (1011, 1386), (271, 1351)]),
)


def test_an_item_under_the_tills_time_stamp_is_no_sure_vendor():
    lines = [OcrLine(text, tuple(map(tuple, box)), 0.98) for text, box in HEADLESS_CAPTURE]
    invoice = extract(rows(lines), today=TODAY)

    assert invoice.total == 20.90
    assert invoice.vendor is None or "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_total_whose_point_was_lost_is_read_when_the_items_add_up_to_it():
    bill = (
        [("LIAN SENG TRADING CO.", 100)],
        [("Date: 27/10/16", 40)],
        [("Qty", 20), ("Description", 110), ("Unit Price", 500), ("Amount $", 700)],
        [("6", 20), ('PVC pipe 1"', 110), ("8.50", 500), ("51.00", 700)],
        [("10", 20), ("Elbow", 110), ("1.20", 500), ("12.00", 700)],
        [("2", 20), ("Ball valve", 110), ("12.00", 500), ("24.00", 700)],
        [("5", 20), ("Teflon tape", 110), ("0.80", 500), ("4.00", 700)],
    )
    lost, flagged = read(*bill, [("TOTAL $", 300), ("9100", 700)])
    other, _ = read(*bill, [("TOTAL $", 300), ("9200", 700)])

    assert lost.total == 91.00
    assert "total" not in flagged
    assert other.total != 92.00


def test_zeros_inside_a_short_word_of_the_name_are_letters():
    invoice, flagged = read(
        [("AL-MAJID F00D SDN BHD (1023456-T)", 60)],
        [("No. 12, Jalan SS 2/24, 47300 Petaling Jaya", 40)],
        [("Date: 14/03/2018", 40)],
        [("TOTAL", 40), ("23.40", 500)],
    )

    assert invoice.vendor == "AL-MAJID FOOD SDN BHD"
    assert "vendor" not in flagged


def test_a_total_printed_beside_the_card_that_paid_it_is_the_total():
    invoice, flagged = read(
        [("PAGEMARK BOOKSTORE", 100)],
        [("Date: 21/12/2017", 40)],
        [("2 A4 PAPER 80GSM 500S", 40), ("27.80", 500)],
        [("1 BUKU LATIHAN MATEMATIK T4", 40), ("12.90", 500)],
        [("2 GLUE STICK 21G", 40), ("7.00", 500)],
        [("TOTAL", 40), ("47.70", 500), ("Total Qty", 700), ("5", 950)],
        [("Less: Voucher -10.00", 40), ("Items", 700), ("3", 950)],
        [("TOTAL S$", 40), ("37.70", 500), ("MASTER", 700), ("37.70", 950)],
    )

    assert invoice.total == 37.70
    assert "total" not in flagged


def test_a_company_named_by_the_brands_initials_is_no_wrapped_line_of_the_brand():
    invoice, _ = read(
        [("KOPI & KAYA CAFE", 100)],
        [("KK F&B PTE LTD UEN 201423456G", 60)],
        [("3 Temasek Boulevard #B1-112", 40)],
        [("Date: 02/05/2017", 40)],
        [("TOTAL", 40), ("12.60", 500)],
    )

    assert invoice.vendor in ("KOPI & KAYA CAFE", "KK F&B PTE LTD")


def test_a_registered_company_under_a_petrol_stations_place_name_is_a_name():
    invoice, _ = read(
        [("PKJ", 300)],
        [("PETROLMAS KM12 JLN KLANG LAMA", 60)],
        [("SYARIKAT MINYAK KM12 SDN BHD (381920-M)", 40)],
        [("Lot G-07, Jalan Tun Sambanthan", 40)],
        [("50470 Kuala Lumpur", 40)],
        [("Date: 09/11/2017", 40)],
        [("PRIMAX 95", 40), ("50.00", 500)],
        [("TOTAL", 40), ("50.00", 500)],
    )

    assert invoice.vendor == "SYARIKAT MINYAK KM12 SDN BHD"


def test_an_accent_on_a_capital_on_a_page_that_writes_none_is_a_speck_for_a_person():
    invoice, flagged = read(
        [("TECK SOÓN FURNITURE MANUFACTURER", 40)],
        [("(JM0455621-A)", 40)],
        [("PLO 14, Jalan Perindustrian, 83000 Batu Pahat, Johor.", 40)],
        [("Tel: 07-428 6617 Fax: 07-428 6618", 40)],
        [("M/s Hotel Sri Pelangi", 40), ("Date 22/5/18", 600)],
        [("Qty", 40), ("Description", 120), ("Unit Price", 500), ("Amount", 700)],
        [("4", 40), ("Solid wood bedside table with two drawers", 120), ("2,090.00", 700)],
        [("TOTAL RM", 500), ("2,090.00", 700)],
        [("Goods sold are not returnable. Received the above goods in good order", 40)],
        [("and condition. Authorised signature for the company", 40)],
    )

    assert invoice.vendor == "TECK SOON FURNITURE MANUFACTURER"
    assert "vendor" in flagged


def test_an_accent_a_language_writes_stays_on_its_name():
    invoice, _ = read(
        [("ÉLECTRICITÉ MOREAU", 40)],
        [("12 rue de la Gare, 69003 Lyon", 40)],
        [("Facture n° F-2024-118 du 12/03/2024", 40)],
        [("Total TTC", 40), ("1 250,00 €", 600)],
    )

    assert invoice.vendor == "ÉLECTRICITÉ MOREAU"


def test_a_bill_books_chinese_sign_and_initials_give_way_to_the_company_and_its_serial():
    """The form prints the company's Chinese name beside its initials' logo, then its name
    in Latin letters with the book's serial number set beside it, read into one box."""
    invoice, _ = read(
        [("GH", 40), ("源发铝业玻璃有限公司", 180), ("INVOICE", 900)],
        [("GUAN HUAT ALUMINIUM & GLASS SDN BHD No. 009842", 180)],
        [("(Co. No. 823615-W)", 180)],
        [("No. 6, Jalan Perusahaan 2, 13600 Prai, Pulau Pinang.", 180)],
        [("M/s Chong Kah Hin", 40), ("Date 11/4/2017", 700)],
        [("3", 40), ("casement window 2'x4'", 120), ("720.00", 900)],
        [("TOTAL RM", 600), ("720.00", 900)],
    )

    assert (invoice.vendor, invoice.invoice_number) == (
        "GUAN HUAT ALUMINIUM & GLASS SDN BHD",
        "009842",
    )


def test_a_makers_name_holds_no_facture():
    invoice, _ = read(
        [("TECK SOON FURNITURE MANUFACTURER", 40)],
        [("(JM0455621-A)", 40)],
        [("Date 22/5/18", 40)],
        [("TOTAL RM", 40), ("2,090.00", 600)],
    )

    assert invoice.vendor == "TECK SOON FURNITURE MANUFACTURER"


def test_a_bill_books_number_run_into_one_phrase_with_its_title_is_its_number():
    invoice = read_page(
        page(
            ("CHEONG KEE BATTERY & TYRE SERVICE", 150, 60, 40),
            ("(JM0298811-D)", 300, 110),
            ("12, Jalan Tun Abdul Razak, 80000 Johor Bahru.", 150, 150),
            ("CASH BILL/BIL TUNAI", 150, 220),
            # The number is set a little to the right of the title: one phrase with it.
            ("No. 12588", 505, 220),
            ("M/s / Encik:", 150, 270),
            ("Date / Tarikh: 15-3-2018", 800, 270),
            ("Battery NS60MF", 150, 350),
            ("230.00", 1000, 350),
            ("TOTAL RM230.00", 800, 450),
        )
    )

    assert invoice.invoice_number == "12588"
