"""Never confidently wrong: misread names mended and flagged, doubtful fields left for review.

The lexicon tells an OCR misread (one confusable letter away from a common word)
from a coined shop name; a company form with a misread letter (`SON BHD`) is mended;
the vendor rules mark names that were mended, bear marks of a misread (a lower-case
start, a half-read form, an unsure OCR line), or were found where the body of the
receipt has begun; a date under a `Due Date` column heading is not the issue date.
Layouts built here as OCR boxes.
"""

import pytest

from bot.invoices.layout import rows
from bot.invoices.lexicon import mend_name, mend_word
from bot.invoices.rules import extract
from bot.invoices.validate import SURE, checks, needs_review
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page
from tests.test_invoice_rules import TODAY, receipt


def read(lines):
    return extract(rows(lines), today=TODAY)


@pytest.mark.parametrize(
    ("misread", "word"),
    [
        ("STATIUNERY", "STATIONERY"),
        ("HARDWAKE", "HARDWARE"),
        ("STATIONFRY", "STATIONERY"),
        ("BAKFRY", "BAKERY"),
        ("Invo1ce", "Invoice"),
        ("Amcunt", "Amount"),
        ("PHOTC", "PHOTO"),
        ("PHAPMACY", "PHARMACY"),
    ],
)
def test_a_word_one_confusable_letter_from_a_common_word_is_mended(misread, word):
    assert mend_word(misread) == word


@pytest.mark.parametrize("coined", ["ZORBIQ", "Blimpex", "ZENTARO", "Lumora", "KUNDANG", "KEDAI"])
def test_coined_and_foreign_words_are_left_alone(coined):
    assert mend_word(coined) is None


def test_a_lower_case_start_in_a_capitalised_name_is_a_misread():
    assert mend_name("bourmet Corner Sdn Bhd") == ("Gourmet Corner Sdn Bhd", 1)
    assert mend_name("Lumora Corner Sdn Bhd") == ("Lumora Corner Sdn Bhd", 0)


def _till(name: str) -> list:
    return receipt(
        [(name, 120)],
        [("(774401-K)", 260)],
        [("No. 8, Jalan Mawar 3, 43000 Kajang", 40)],
        [("Date: 14/03/2018", 40)],
        [("Pencil 2B", 20), ("3.00", 500)],
        [("TOTAL", 20), ("3.00", 500)],
        [("CASH", 20), ("3.00", 500)],
    )


def test_a_misread_name_is_mended_and_left_for_review():
    invoice = read(_till("ZENTARO STATIUNERY SDN BHD"))
    assert invoice.vendor == "ZENTARO STATIONERY SDN BHD"
    assert invoice.confidence["vendor"] < SURE
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_well_read_name_is_trusted():
    invoice = read(_till("ZENTARO STATIONERY SDN BHD"))
    assert invoice.vendor == "ZENTARO STATIONERY SDN BHD"
    assert invoice.confidence["vendor"] >= SURE


@pytest.mark.parametrize(
    "garbled",
    [
        "MR. K.L.. (M) SDN BHD",
        "KEDAI HO0USE SDN BHD",
        "KMF F00DICIOUS SDN BHD",
        "FARMASI MALUR) S/B",
        "KEDAI (MAWAR SDN BHD",
    ],
)
def test_a_name_with_marks_of_a_misread_is_left_for_review(garbled):
    invoice = read(_till(garbled))
    assert invoice.confidence["vendor"] < SURE


@pytest.mark.parametrize(
    ("read_as", "meant", "left_for_review"),
    [
        ("G00DWILL TRADING SDN BHD", "GOODWILL TRADING SDN BHD", False),
        ("Kedai S1ti Sdn Bhd", "Kedai Siti Sdn Bhd", True),
    ],
)
def test_digits_inside_a_word_of_letters_are_read_as_the_letters_they_resemble(
    read_as, meant, left_for_review
):
    """Zeros that mend into a word of the language (`G00DWILL`) were an O in the
    till's font; any other digit read for a letter leaves the name for a person."""
    invoice = read(_till(read_as))
    assert invoice.vendor == meant
    assert (invoice.confidence["vendor"] < SURE) == left_for_review


@pytest.mark.parametrize(
    ("sold_by", "doubtful"),
    [("Maystone Repairs Ltd", False), ("Mayst0ne (Repairs Ltd", True), ("MAYSTONE REPAIRS..", True)],
)
def test_a_name_beside_a_seller_label_is_checked_for_marks_of_a_misread_too(sold_by, doubtful):
    invoice = read(
        receipt(
            [("INVOICE", 500)],
            [("Sold by: " + sold_by, 20)],
            [("Date: 14/03/2018", 20)],
            [("Total:", 400), ("$127.50", 520)],
        )
    )
    assert invoice.vendor == sold_by
    assert (invoice.confidence["vendor"] < SURE) == doubtful


@pytest.mark.parametrize("name", ["99SPEED MART S/B", "MR. D.I.Y. (M) SDN BHD", "M3 TRADING SDN BHD"])
def test_digits_and_brackets_that_belong_to_a_name_are_no_mark_of_a_misread(name):
    invoice = read(_till(name))
    assert invoice.vendor == name
    assert invoice.confidence["vendor"] >= SURE


def test_an_item_with_its_price_in_the_names_place_is_no_name_and_left_for_review():
    invoice = read(
        receipt(
            [("Ref Nor 0", 40)],
            [("GST Reg No : 001951645696", 40)],
            [("06/04/17 11:43am", 40)],
            [("MIGHTY MARK DISHWASH", 20), ("23.00", 500)],
            [("TOTAL", 20), ("23.00", 500)],
        )
    )
    assert invoice.vendor is None
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_header_line_below_the_first_prices_is_not_trusted_as_the_name():
    invoice = read(
        receipt(
            [("Ref No: 0 00696305041961", 40)],
            [("2 x 11.50", 20), ("23.00", 500)],
            [("GOLDEN SPOON TRADING SDN BHD", 40)],
            [("1 x 4.45", 20), ("4.45", 500)],
            [("TOTAL", 20), ("27.45", 500)],
        )
    )
    assert invoice.vendor == "GOLDEN SPOON TRADING SDN BHD"
    assert invoice.confidence["vendor"] < SURE


def test_a_date_under_a_due_date_column_heading_is_not_the_issue_date():
    invoice = read(
        page(
            ("Invoice 104512", 100, 100),
            ("February 17, 2026", 100, 150),
            ("Your Reference", 100, 400),
            ("Salesperson", 500, 400),
            ("Due Date", 900, 400),
            ("Anna Berg", 500, 450),
            ("March 3, 2026", 900, 450),
            ("Total", 100, 800),
            ("681.87", 900, 800),
        )
    )
    assert invoice.issue_date == "2026-02-17"


def test_a_date_under_an_invoice_date_column_heading_is_the_issue_date():
    invoice = read(
        page(
            ("Invoice 104512", 100, 100),
            ("Invoice Date", 100, 400),
            ("Due Date", 900, 400),
            ("February 17, 2026", 100, 450),
            ("March 3, 2026", 900, 450),
        )
    )
    assert invoice.issue_date == "2026-02-17"


@pytest.mark.parametrize(
    ("read_as", "mended"),
    [
        ("ZENTARO TRADING SON BHD", "ZENTARO TRADING SDN BHD"),
        ("ZENTARO TRADING SDN 6HD", "ZENTARO TRADING SDN BHD"),
        ("Zentaro Trading Sdh Bhd", "Zentaro Trading Sdn Bhd"),
        ("ZENTARO TRADING SON, BHD", "ZENTARO TRADING SDN BHD"),
        ("ZENTARO TRADING ON BHD", "ZENTARO TRADING SDN BHD"),
        ("FERNANDO BAKERS (PYT) LTD", "FERNANDO BAKERS (PVT) LTD"),
        ("Harbourline Traders Pfe. Ltd.", "Harbourline Traders Pte. Ltd."),
        ("SUKHUMVIT SEAFOOD (2005) CO., LID.", "SUKHUMVIT SEAFOOD (2005) CO., LTD."),
        ("Harbourline Traders Pte. L1d.", "Harbourline Traders Pte. Ltd."),
        ("Julien Marchand El", "Julien Marchand EI"),
        ("Julien Marchand EÍ", "Julien Marchand EI"),
    ],
)
def test_a_company_form_with_a_misread_letter_is_mended_and_left_for_review(read_as, mended):
    invoice = read(_till(read_as))
    assert invoice.vendor == mended
    assert invoice.confidence["vendor"] < SURE


@pytest.mark.parametrize(
    "doubtful",
    [
        "orbiq Cash & Carry Sdn Bhd",
        "Zentaro Trading Sdh Bh",
        "Orbiq Cash & Carry Sdn. ND Bhd",
        "ENTERPRISE (TAMAN MAWAR) SDN BHD",
        "B BESTMART",
        "KEDAI MAKAN THRLL BROTHERS SDN BHD",
    ],
)
def test_a_lower_case_start_a_half_read_form_or_a_lost_first_word_is_left_for_review(doubtful):
    invoice = read(_till(doubtful))
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))
    assert invoice.vendor != "TOTAL"


def test_a_name_the_ocr_engine_was_unsure_of_is_left_for_review():
    lines = _till("ZENTARO STATIONERY SDN BHD")
    lines = [
        OcrLine(line.text, line.box, 0.8 if line.text.startswith("ZENTARO") else line.confidence)
        for line in lines
    ]
    invoice = read(lines)
    assert invoice.vendor == "ZENTARO STATIONERY SDN BHD"
    assert invoice.confidence["vendor"] < SURE


def test_names_joined_by_a_lower_case_word_are_not_doubted():
    invoice = read(_till("Zentaro Health and Beauty Sdn Bhd"))
    assert invoice.confidence["vendor"] >= SURE
