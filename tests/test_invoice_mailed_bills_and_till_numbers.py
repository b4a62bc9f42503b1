"""Business bills sent by mail, and the numbers and currencies of till receipts.

A bill's remittance block names who is paid in a sentence of its own under its label
(`REMIT TO` / `Please make checks payable to Ridgeback Renovations LLC`), or gives only a
post office box, which names no one; a wire line names the account after the firm
(`Hargrove & Pell LLP Operating Account`). A wholesaler's column heading `SHP` (shipped)
is no currency, and a mailed receipt headed by what was paid is sure when its subtotal
and tax make that amount. Tills print their numbers under many labels (`TRX NO`,
`Check No`, `OR#`, `Inv`, a `No:` with a slash), and a currency code beside the total
(`TOTAL NZD`) says whose a bare `$` is.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.parties import clean_name
from bot.invoices.validate import SURE, checks, needs_review
from bot.invoices.vendor import mend_form
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import line, receipt


def contractor_bill(remit: list[tuple[str, float, float]]):
    return page(
        ("RIDGEBACK", 100, 60),
        ("Hayward, CA 94545", 1100, 60),
        ("RENOVATIONS & COMMERCIAL REMODELING", 100, 140),
        ("INVOICE", 100, 220),
        ("BILL TO", 900, 220),
        ("Sunmoor Dental Group, Inc.", 900, 270),
        ("Invoice #", 100, 270),
        ("2025-044", 400, 270),
        ("Invoice Date", 100, 320),
        ("09/15/2025", 400, 320),
        ("Demolition & haul-away", 100, 500),
        ("4,850.00", 1300, 500),
        ("Framing, new partition walls", 100, 550),
        ("6,240.00", 1300, 550),
        ("TOTAL", 100, 650),
        ("$11,090.00", 1300, 650),
        *remit,
    )


def test_a_payee_sentence_under_a_remit_label_gives_the_name_it_names():
    invoice = read(
        contractor_bill(
            [
                ("REMIT TO", 100, 900),
                ("Invoice 2025-044", 900, 900),
                ("Please make checks payable to Ridgeback Renovations LLC", 100, 950),
                ("Balance Due $11,090.00", 1150, 950),
            ]
        )
    )
    assert invoice.vendor == "Ridgeback Renovations LLC"


def test_a_post_office_box_to_remit_to_names_no_one():
    invoice = read(
        page(
            ("LAKESHORE FOODSERVICE DISTRIBUTORS, INC.", 100, 60),
            ("I N V O I C E", 1100, 60),
            ("INVOICE NO.", 1100, 120),
            ("0718823", 1350, 120),
            ("SOLD TO", 100, 300),
            ("FIELDSTONE TAVERN GROUP LLC", 100, 350),
            ("MILWAUKEE WI 53203", 100, 400),
            ("CHICKEN BREAST 4/10LB", 100, 600),
            ("212.40", 1300, 600),
            ("INVOICE TOTAL", 900, 800),
            ("212.40", 1300, 800),
            ("PLEASE REMIT TO: PO BOX 170455, MILWAUKEE WI 53217-0455", 100, 900),
        )
    )
    assert invoice.vendor == "LAKESHORE FOODSERVICE DISTRIBUTORS, INC."


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Hargrove & Pell LLP Operating Account", "Hargrove & Pell LLP"),
        ("Mason Wright Ltd Client Account", "Mason Wright Ltd"),
        ("Kestrel Legal LLP A/C", "Kestrel Legal LLP"),
        # An account without a form before it may be the name's own word.
        ("The Account Shop", "The Account Shop"),
    ],
)
def test_the_account_a_wire_line_names_after_the_firm_is_not_its_name(printed, name):
    assert clean_name(printed) == name


def test_a_shipped_quantity_column_is_no_currency_and_a_us_bill_dates_month_first():
    invoice = read(
        page(
            ("LAKESHORE FOODSERVICE DISTRIBUTORS, INC.", 100, 60),
            ("INV. DATE", 1000, 120),
            ("10/02/2025", 1300, 120),
            ("SOLD TO", 100, 200),
            ("FIELDSTONE TAVERN GROUP LLC", 100, 250),
            ("MILWAUKEE WI 53203", 100, 300),
            ("ITEM#", 100, 400),
            ("DESCRIPTION", 300, 400),
            ("ORD", 800, 400),
            ("SHP", 900, 400),
            ("PRICE", 1050, 400),
            ("EXTENSION", 1300, 400),
            ("118204", 100, 450),
            ("CHICKEN BREAST 4/10LB", 300, 450),
            ("2", 800, 450),
            ("2", 900, 450),
            ("106.20", 1050, 450),
            ("212.40", 1300, 450),
            ("INVOICE TOTAL", 900, 600),
            ("212.40", 1300, 600),
        )
    )
    assert invoice.currency == "USD"
    assert invoice.issue_date == "2025-10-02"


def test_a_mailed_receipt_headed_by_what_was_paid_is_sure_when_subtotal_and_tax_make_it():
    invoice = read(
        page(
            ("Tallyfox", 100, 60),
            ("Receipt from Tallyfox", 100, 140),
            ("Receipt #2041-7736", 100, 200),
            ("AMOUNT PAID", 100, 280),
            ("DATE PAID", 500, 280),
            ("PAYMENT METHOD", 1000, 280),
            ("$58.79", 100, 330),
            ("Oct 3, 2025, 9:14:22 AM", 500, 330),
            ("VISA – 4417", 1000, 330),
            ("SUMMARY", 100, 420),
            ("Oct 3 – Nov 3, 2025", 100, 440),
            ("Tallyfox Team plan × 3 seats", 100, 480),
            ("$48.00", 1200, 480),
            ("Extra storage 50 GB", 100, 530),
            ("$6.00", 1200, 530),
            ("Subtotal", 100, 600),
            ("$54.00", 1200, 600),
            ("New York sales tax (8.875%)", 100, 650),
            ("$4.79", 1200, 650),
            ("Amount paid", 100, 700),
            ("$58.79", 1200, 700),
            ("Tallyfox Labs, Inc. · 45 W 21st St, 6th Floor · New York, NY 10010", 100, 900),
        )
    )
    assert invoice.total == 58.79
    assert invoice.confidence["total"] >= SURE
    assert "total" not in needs_review(invoice, checks(invoice))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Harbour Kitchen\nTOTAL NZD\u2003$120.00\nVisa xxxx2281\u2003$120.00", "NZD"),
        ("Kopi & Crumb\nTOTAL (SGD)\u2003$101.32\nPAID\u2003$101.32", "SGD"),
        # A code of its own for a US firm's bill stays the US dollar beside a place name.
        ("Singapore branch visit\nTotal USD\u2003$410.00", "USD"),
        ("MAKAN SQUARE\nBlk 201 Tampines St 21\nSingapore520201\nTOTAL\u2003$22.40", "SGD"),
    ],
)
def test_a_code_or_a_country_on_the_page_says_whose_dollar_a_bare_sign_is(text, currency):
    assert guess_currency(text)[0] == currency


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ([("TRX NO : 40231", 20)], "40231"),
        ([("Check No: DP-T-151002-0087", 20)], "DP-T-151002-0087"),
        ([("No:30419/22871", 20), ("POS 1", 330)], "30419/22871"),
        # A Philippine official receipt's `OR#`, its `O` read as a zero.
        ([("0R#:1188-00455219", 20)], "1188-00455219"),
        ([("Receipt", 20), ("44-219083", 300)], "44-219083"),
        ([("Inv 3022-771450", 20), ("08/08/2019 10:12", 330)], "3022-771450"),
        ([("TRAN 2204", 20), ("1127", 330)], "2204"),
        ([("Str:0031 Reg:05 Trn:0031-05-118273", 20)], "0031-05-118273"),
        ([("ST 0213 POS 04", 20), ("REC# 004-118732", 330)], "004-118732"),
        ([("Doc#:FC12-0028731", 20)], "FC12-0028731"),
        ([("Cash Bill: CS 12094", 20)], "CS 12094"),
        # Beside the customer's name, in the info block's column.
        ([("M/S : PRIMA GEMILANG SDN BHD", 20), ("NO.: CB 010532", 700)], "CB 010532"),
    ],
)
def test_a_tills_number_under_its_many_labels(printed, number):
    invoice = read(
        receipt(
            [("KEDAI SERBANEKA MAJU SDN BHD", 20)],
            [("NO 5, JALAN MAJU, 43000 KAJANG", 20)],
            printed,
            [("05/06/2019 10:12", 20)],
            [("BREAD", 20), ("3.50", 400)],
            [("TOTAL", 20), ("3.50", 400)],
        )
    )
    assert invoice.invoice_number == number


def test_a_tagline_in_other_type_over_the_company_is_no_part_of_its_name():
    invoice = read(
        [
            line("MY88 MART", 120, 40, height=100),
            line("Murah Setiap Hari", 150, 150),
            line("MY88 MART SDN BHD", 130, 200),
            line("(1012345-K)", 200, 250),
            line("GST REG NO: 000812345664", 80, 300),
            line("NO. 23, JALAN CERDAS, 56000 CHERAS", 20, 350),
            line("Date: 12-03-17 14:22", 20, 450),
            line("MILO 1KG", 20, 500),
            line("28.90", 400, 500),
            line("TOTAL", 20, 550),
            line("28.90", 400, 550),
        ]
    )
    assert invoice.vendor == "MY88 MART SDN BHD"


def test_a_restaurants_heading_over_a_company_whose_form_ends_it_a_line_below():
    invoice = read(
        [
            line("RESTORAN 168", 120, 40, height=70),
            line("ONE SIX EIGHT FOOD & BEVERAGE", 40, 130, height=44),
            line("SDN BHD (1198877-V)", 100, 180, height=44),
            line("22, Jln Besar, 34000 Taiping", 40, 240),
            line("GST Reg No: 001556677889", 40, 290),
            line("Date: 03/01/2018 12:55", 20, 400),
            line("NASI LEMAK", 20, 450),
            line("24.50", 400, 450),
            line("TOTAL", 20, 500),
            line("24.50", 400, 500),
        ]
    )
    assert invoice.vendor == "ONE SIX EIGHT FOOD & BEVERAGE SDN BHD"


def test_a_logo_tiles_letter_run_into_the_name_beside_its_address_is_left_out_and_flagged():
    invoice = read(
        [
            line("INVOICE", 100, 40),
            line("AAnvaya Softlabs LLC", 100, 120, height=60),
            line("33 Wood Avenue South, Suite 600", 470, 125),
            line("Iselin, New Jersey 08830", 470, 175),
            line("# INV-000127", 900, 225),
            line("Invoice Date :", 800, 400),
            line("18 Apr 2025", 1100, 400),
            line("Backend API development", 100, 600),
            line("$11,396.58", 1100, 600),
            line("Total", 800, 700),
            line("$11,396.58", 1100, 700),
        ]
    )
    assert invoice.vendor == "Anvaya Softlabs LLC"
    assert "vendor" in needs_review(invoice, checks(invoice))


def test_a_credit_printed_with_its_minus_between_subtotal_and_total_is_taken_off():
    invoice = read(
        page(
            ("RIDGEBACK RENOVATIONS LLC", 100, 60),
            ("INVOICE", 100, 220),
            ("Invoice #", 100, 270),
            ("2025-044", 400, 270),
            ("Invoice Date", 100, 320),
            ("09/15/2025", 400, 320),
            ("Demolition & haul-away", 100, 500),
            ("4,850.00", 1300, 500),
            ("Framing, new partition walls", 100, 550),
            ("6,240.00", 1300, 550),
            ("Subtotal", 100, 620),
            ("11,090.00", 1300, 620),
            ("Change Order #3 credit (owner-supplied fixtures)", 100, 670),
            ("-1,250.00", 1300, 670),
            ("TOTAL CONTRACT AMOUNT", 100, 720),
            ("$9,840.00", 1300, 720),
        )
    )
    assert invoice.total == 9840.0
    assert invoice.subtotal == 9840.0
    totals = next(check for check in checks(invoice) if check.name == "totals")
    assert totals.ok is True


@pytest.mark.parametrize(
    ("header", "name"),
    [
        # A tagline listing trades over the company.
        (
            [
                ("快乐豆 HAPPY BEAN", 60),
                ("COFFEE·TOAST·NOODLES", 40),
                ("HB F&B SDN. BHD. (1203344-V)", 20),
            ],
            "HB F&B SDN. BHD.",
        ),
        # A Malay name over three lines, its form ending it.
        (
            [
                ("SYARIKAT PERNIAGAAN", 40),
                ("HENG LEONG MOTOR", 50),
                ("SDN. BHD.", 80),
                ("(192834-T)", 70),
            ],
            "SYARIKAT PERNIAGAAN HENG LEONG MOTOR SDN. BHD.",
        ),
    ],
)
def test_a_malaysian_receipts_company_under_its_taglines_and_over_its_lines(header, name):
    invoice = read(
        receipt(
            *[[cell] for cell in header],
            [("No. 88, Jalan Tun Abdul Razak, 80000 Johor Bahru", 20)],
            [("Date: 12/09/2016", 20)],
            [("SPARK PLUG NGK C7HSA", 20), ("18.00", 400)],
            [("TOTAL", 20), ("18.00", 400)],
        )
    )
    assert invoice.vendor == name


def test_a_number_before_the_name_in_chinese_ends_the_name_in_latin_letters():
    assert clean_name("TECK GUAN TRADING (JM0233456-K) 德源贸易") == "TECK GUAN TRADING"


def test_a_stationers_manila_card_does_not_make_a_melaka_receipt_philippine():
    invoice = read(
        receipt(
            [("CAHAYA STATIONERY ENTERPRISE", 20)],
            [("(JM0567123-P)", 20)],
            [("12 Jalan Bendahara, 75100 Melaka", 20)],
            [("Date", 20), ("11/08/2015", 300)],
            [("MANILA CARD", 20), ("1.60", 400)],
            [("LAMINATE A4", 20), ("6.00", 400)],
            [("Total", 20), ("7.60", 400)],
        )
    )
    assert invoice.currency != "PHP"
    assert invoice.issue_date == "2015-08-11"


def rounded_cash_bill(last: tuple[str, float, float], *more: tuple[str, float, float]):
    """An A5 cash bill's sums down to its rounding, then `last` (and `more`) under them."""
    return page(
        ("PERNIAGAAN BINTANG TIMUR ENTERPRISE", 100, 60),
        ("Date", 1100, 170),
        (":10-Aug-2016", 1300, 170),
        ("GULA PASIR 1KG", 100, 400),
        ("11.40", 1300, 400),
        ("TISU GULUNG 10S", 100, 450),
        ("48.06", 1300, 450),
        ("Total Excl. GST", 900, 550),
        ("59.46", 1300, 550),
        ("GST @ 6%", 900, 600),
        ("2.88", 1300, 600),
        ("Total Incl. GST", 900, 650),
        ("62.34", 1300, 650),
        ("Rounding Adj.", 900, 700),
        ("0.01", 1300, 700),
        last,
        *more,
    )


def test_a_total_whose_rounded_amount_no_line_shows_is_left_for_review():
    # The stamp over the net total's row.
    invoice = read(rounded_cash_bill(("INIAGAAN BNETATOTAHMRM ENT6235", 900, 750)))
    assert "total" in needs_review(invoice, checks(invoice))


def test_a_total_whose_rounding_is_printed_under_it_stays_sure():
    invoice = read(rounded_cash_bill(("NET TOTAL", 900, 750), ("62.35", 1300, 750)))
    assert invoice.total == 62.35
    assert "total" not in needs_review(invoice, checks(invoice))


def test_a_bank_to_remit_to_is_no_vendor_and_the_signature_is_made_for_the_seller():
    invoice = read(
        page(
            ("37, Jalan Teknologi 3/1,", 300, 60),
            ("TG", 100, 110),
            ("Pusat Perniagaan Pelangi,", 300, 110),
            ("81200 Johor Bahru, Johor.", 300, 160),
            ("Hardware · Building Materials · Paints & Tools", 300, 260),
            ("TAX INVOICE", 600, 320),
            ("Bill To:", 100, 380),
            ("Invoice No", 900, 380),
            (": I-066747", 1200, 380),
            ("NEW ERA BAKERY SDN BHD", 100, 430),
            ("Invoice Date", 900, 430),
            (": 03-May-2018", 1200, 430),
            ("CEMENT 50KG", 100, 600),
            ("1,964.46", 1300, 600),
            ("GST @ 6%", 900, 700),
            ("117.87", 1300, 700),
            ("Total Payable (RM)", 900, 750),
            ("2,082.33", 1300, 750),
            ("Please remit payment to: CIMB Bank A/C 80-03154716-5", 100, 850),
            ("Received in good order & condition", 100, 1000),
            ("Authorised Signature", 900, 1000),
            ("(Company Chop & Signature)", 100, 1050),
            ("for TECK GUAN BUILDING MATERIALS SDN BHD", 900, 1050),
            ("TECK GUAN BUILDING MATERIALS SDN BHD (751632-H) · GST ID 001289558292", 100, 1150),
        )
    )
    assert invoice.vendor == "TECK GUAN BUILDING MATERIALS SDN BHD"
    assert "vendor" not in needs_review(invoice, checks(invoice))


def test_a_customer_box_titled_sold_to_beside_the_sellers_name_keeps_the_seller():
    invoice = read(
        page(
            ("SOLD TO", 100, 60),
            ("JAYA BESTARI ENTERPRISE", 900, 60),
            ("Co. No. IP0478790-H", 900, 110),
            ("PUSAT TUISYEN CEMERLANG", 100, 160),
            ("No. 9-3, Jalan Pendamar 27,", 900, 160),
            ("Taman Bukit Indah,", 900, 210),
            ("No. 37, Jalan Sri Plentong 3,", 100, 260),
            ("40400 Shah Alam, Selangor.", 900, 260),
            ("81200 Johor Bahru, Johor.", 100, 310),
            ("GST No: 001331894779", 900, 310),
            ("INVOICE", 900, 400),
            ("INVOICE NO", 100, 450),
            ("DATE", 400, 450),
            ("SALESMAN", 700, 450),
            ("INV 12307", 100, 500),
            ("24/07/2016", 400, 500),
            ("AZMAN", 700, 500),
            ("EXERCISE BOOK 80PGS", 100, 600),
            ("1,124.40", 1300, 600),
            ("GRAND TOTAL", 900, 700),
            ("1,124.40", 1300, 700),
        )
    )
    assert invoice.vendor == "JAYA BESTARI ENTERPRISE"


def test_a_danish_web_shops_total_is_labelled_i_alt():
    invoice = read(
        page(
            ("Nordlys Køkken ApS", 100, 60),
            ("Faktura", 100, 140),
            ("Fakturanr.", 900, 140),
            ("208871", 1200, 140),
            ("Fakturadato", 900, 190),
            ("08.03.2024", 1200, 190),
            ("Kokkekniv 21 cm, damaskusstål", 100, 400),
            ("899,00 kr.", 1200, 400),
            ("Skærebræt i egetræ", 100, 450),
            ("716,95 kr.", 1200, 450),
            ("Subtotal", 900, 550),
            ("1.615,95 kr.", 1200, 550),
            ("Fragt", 900, 600),
            ("49,00 kr.", 1200, 600),
            ("I alt DKK", 900, 650),
            ("1.664,95 kr.", 1200, 650),
            ("Heraf moms 25 %", 900, 700),
            ("332,99 kr.", 1200, 700),
        )
    )
    assert invoice.total == 1664.95


def test_a_belgian_bills_number_under_its_label_in_both_languages():
    invoice = read(
        page(
            ("Dubois & Peeters SRL", 100, 60),
            ("FACTURE / FACTUUR", 100, 200),
            ("Brasserie Het Hoekske SRL / BV", 900, 200),
            ("N° / Nr.", 100, 260),
            ("F2024-0087", 400, 260),
            ("Grote Markt 9", 900, 260),
            ("Date / Datum", 100, 310),
            ("29/02/2024", 400, 310),
            ("3300 Tienen", 900, 310),
            ("Tenue de la comptabilité", 100, 500),
            ("1.887,60", 1200, 500),
            ("Total TVAC / Totaal incl. btw", 700, 600),
            ("1.887,60", 1200, 600),
        )
    )
    assert invoice.invoice_number == "F2024-0087"


def test_a_polish_company_form_with_its_os_read_as_zeros_is_mended():
    assert mend_form("Softkram Sp. z 0.0.") == "Softkram Sp. z o.o."
    assert mend_form("SOFTKRAM SP. Z 0.0.") == "SOFTKRAM SP. Z O.O."


def test_a_chains_company_under_its_outlets_address_is_the_vendor():
    invoice = read(
        [
            line("TESMA", 150, 40, height=120),
            line("TESMA EXTRA MUTIARA DAMANSARA", 40, 170, height=50),
            line("No. 8, Jalan PJU 7/3, Mutiara Damansara", 20, 240),
            line("47800 Petaling Jaya, Selangor", 40, 290),
            line("TESMA STORES (MALAYSIA) SDN BHD", 30, 340, height=50),
            line("Co. No. 519532-U GST Reg No: 000210386944", 20, 400),
            line("TAX INVOICE", 150, 450),
            line("TOMATO /KG", 20, 520),
            line("10.53", 500, 520),
            line("TOTAL", 20, 570),
            line("10.55", 500, 570),
            line("26/11/2016 14:02", 20, 650),
        ]
    )
    assert invoice.vendor == "TESMA STORES (MALAYSIA) SDN BHD"


def test_a_tagline_listing_trades_under_a_logo_is_no_part_of_its_name():
    invoice = read(
        [
            line("MR. P.A.K.U.", 120, 40, height=63),
            line("Hardware * Household * Stationery", 40, 120, height=34),
            line("MR. P.A.K.U. TRADING SDN BHD", 40, 170),
            line("Co-Reg : 1104522-P", 80, 220),
            line("No. 18, Jalan S2 B17, Seremban 2", 20, 270),
            line("11/02/2018 12:40", 20, 350),
            line("MASKING TAPE 24MM", 20, 420),
            line("104.90", 500, 420),
            line("TOTAL", 20, 470),
            line("104.90", 500, 470),
        ]
    )
    assert invoice.vendor == "MR. P.A.K.U. TRADING SDN BHD"


def test_a_restaurants_sign_over_the_business_registered_under_a_labelled_number():
    invoice = read(
        [
            line("亚成肉骨茶", 150, 30, height=50),
            line("RESTORAN BAK KUT TEH AH SENG", 40, 100, height=57),
            line("AH SENG BAK KUT TEH TRADING", 50, 170, height=51),
            line("Co. Reg: (JM0674523-U)", 90, 230),
            line("NO. 7, JALAN PERMAS 10/2, 81750 MASAI, JOHOR", 20, 280),
            line("20/04/2016 13:05", 20, 360),
            line("BAK KUT TEH (2 PAX)", 20, 420),
            line("69.95", 500, 420),
            line("TOTAL", 20, 470),
            line("69.95", 500, 470),
        ]
    )
    assert invoice.vendor == "AH SENG BAK KUT TEH TRADING"


def test_zeros_read_for_the_os_of_a_word_in_a_name_are_letters():
    invoice = read(
        receipt(
            [("HONG KEE SEAF00D SDN BHD", 20)],
            [("(1123456-X)", 20)],
            [("12, JALAN BESAR, 34000 TAIPING", 20)],
            [("26/07/2018 20:41", 20)],
            [("STEAMED FISH", 20), ("272.05", 400)],
            [("TOTAL", 20), ("272.05", 400)],
        )
    )
    assert invoice.vendor == "HONG KEE SEAFOOD SDN BHD"


def test_an_irish_companys_teoranta_is_its_legal_form_and_a_tills_tr_is_no_receipt_number():
    invoice = read(
        receipt(
            [("BUNRATTY FRESH", 60)],
            [("Ó Briain Retail Teoranta", 60)],
            [("Main St, Bunratty, Co. Clare V95 X2T4", 40)],
            [("ST:2417 OP:1093 TE:6 TR:8821", 40)],
            [("Receipt No 2417 006 8821 170224", 40)],
            [("17/02/2024 11:02", 40)],
            [("Milk 2L", 40), ("2.29", 400)],
            [("TOTAL", 40), ("2.29", 400)],
        )
    )

    assert invoice.vendor == "Ó Briain Retail Teoranta"
    assert invoice.invoice_number == "2417 006 8821 170224"
